/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The fewest sections a page needs before a contents list helps rather than clutters. */
export const minimumSectionsForContents = 3;

/** The second-level headings worth listing in a page's contents, or none for a short page. */
export function contentsEntries(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  return sections.length >= minimumSectionsForContents ? sections : [];
}
