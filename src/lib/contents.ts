import type { Element, ElementContent } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { attributeValue, readFast, scanHtml, type HtmlToken } from './html-scan.ts';

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
 * Reads the HTML with the fast reader of html-scan.ts (this runs for every long page of the build),
 * or with the full HTML5 parser when that reader cannot be sure of it.
 */
export function headingsInHtml(html: string): Heading[] {
  const tokens = scanHtml(html);
  return (tokens && readFast(() => headingsIn(tokens))) ?? headingsByParser(html);
}

function headingsIn(tokens: readonly HtmlToken[]): Heading[] {
  const headings: Heading[] = [];
  let open: { depth: number; slug: string; text: string } | undefined;
  for (const token of tokens) {
    if (token.kind === 'tag') {
      const depth = /^h([1-6])$/.exec(token.name)?.[1];
      if (!depth) continue;
      if (token.end) {
        if (open) headings.push({ ...open, text: open.text.replace(/\s+/g, ' ').trim() });
        open = undefined;
        continue;
      }
      const slug = attributeValue(token.attributes, 'id');
      if (slug !== undefined) open = { depth: Number(depth), slug, text: '' };
    } else if (open && token.kind !== 'other') open.text += token.kind === 'text' ? token.value : token.raw;
  }
  return headings;
}

function headingsByParser(html: string): Heading[] {
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
