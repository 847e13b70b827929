import type { Element, ElementContent } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';

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

/**
 * The headings with an id in some rendered HTML, in order, with their text as read: so a contents
 * list is built from the page's real headings and cannot drift from them (as Starlight's is).
 */
export function headingsInHtml(html: string): Heading[] {
  const tree = rehype().data('settings', { fragment: true }).parse(html);
  const headings: Heading[] = [];
  visit(tree, 'element', (element: Element) => {
    const depth = /^h([1-6])$/.exec(element.tagName)?.[1];
    const id = element.properties['id'];
    if (!depth || typeof id !== 'string') return;
    headings.push({ depth: Number(depth), slug: id, text: textOf(element).replace(/\s+/g, ' ').trim() });
  });
  return headings;
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
