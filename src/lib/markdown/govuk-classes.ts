import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

/**
 * GOV.UK Frontend classes for each plain Markdown element, so editors write Markdown and never HTML.
 * Headings start at level 2: the page title is the only level 1 heading.
 */
export const govukClassesByElement: Readonly<Record<string, readonly string[]>> = {
  p: ['govuk-body'],
  h2: ['govuk-heading-l'],
  h3: ['govuk-heading-m'],
  h4: ['govuk-heading-s'],
  ul: ['govuk-list', 'govuk-list--bullet'],
  ol: ['govuk-list', 'govuk-list--number'],
  a: ['govuk-link'],
  table: ['govuk-table'],
  thead: ['govuk-table__head'],
  tbody: ['govuk-table__body'],
  tr: ['govuk-table__row'],
  th: ['govuk-table__header'],
  td: ['govuk-table__cell'],
  hr: ['govuk-section-break', 'govuk-section-break--l', 'govuk-section-break--visible'],
  blockquote: ['govuk-inset-text'],
};

/** The element's classes followed by the GOV.UK ones it lacks. */
export function withGovukClasses(tagName: string, existing: Element['properties'][string]): string[] {
  const current = Array.isArray(existing)
    ? existing.map(String)
    : typeof existing === 'string'
      ? existing.split(/\s+/).filter(Boolean)
      : [];
  const added = (govukClassesByElement[tagName] ?? []).filter((name) => !current.includes(name));
  return [...current, ...added];
}

/**
 * Adds the GOV.UK classes to Markdown (and MDX) output, in Astro's Markdown processor (Sätteri).
 * Classes in the HTML rather than MDX components mapping each element: Markdown renders once, when
 * content is loaded, and costs a fraction of the build memory of an MDX module per page (issue 8).
 */
export const govukClasses = defineHastPlugin({
  name: 'govuk-classes',
  element: {
    filter: Object.keys(govukClassesByElement),
    visit(node, context) {
      context.setProperty(node, 'className', withGovukClasses(node.tagName, node.properties.className));
    },
  },
});
