/** The kinds of page search can filter by: the slug goes in the index and the URL, the label is what families read. */
export const contentTypes = [
  { slug: 'statement', label: 'Written Statement of Action' },
  { slug: 'progress-update', label: 'Progress update' },
  { slug: 'impact-report', label: 'Impact report' },
  { slug: 'figures', label: 'Official figures' },
  { slug: 'glossary', label: 'Glossary' },
  { slug: 'page', label: 'About this site' },
] as const;

/** One content type's slug, such as "progress-update". */
export type ContentTypeSlug = (typeof contentTypes)[number]['slug'];

/** The label families read for a content type, such as "Progress update". */
export function contentTypeLabel(slug: ContentTypeSlug): string {
  return contentTypes.find((type) => type.slug === slug)?.label ?? slug;
}
