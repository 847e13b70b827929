import type { Element, Root, RootContent } from 'hast';
import { rehype } from 'rehype';

/** Elements whose words are not running text: headings, navigation, code, scripts, charts' drawings. */
const skipped = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'nav',
  'script',
  'style',
  'template',
  'svg',
  'code',
  'pre',
  'title',
]);
/** Elements that end a run of text, so words either side of them are not joined. */
const blocks = new Set([
  'p',
  'li',
  'div',
  'dt',
  'dd',
  'td',
  'th',
  'tr',
  'br',
  'section',
  'ul',
  'ol',
  'dl',
  'table',
  'caption',
  'details',
  'summary',
  'figure',
  'figcaption',
  'blockquote',
  'main',
  'header',
  'footer',
  'aside',
  'form',
  'fieldset',
  'legend',
  'label',
]);

/** The page's `<main>` element in a parsed HTML tree, if it has one. */
export function findMain(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main') return child;
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

function collect(node: RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  if (node.type !== 'element' || skipped.has(node.tagName)) return;
  // Marked by a page for a list of names (the search page's A to Z of titles) or form options: read like headings.
  if (node.properties['dataAbbreviationsIgnore'] !== undefined) return;
  // Hidden from everyone (the search index's keywords, for one): nobody reads it, so it is no first use.
  if (node.properties['hidden'] !== undefined && node.properties['hidden'] !== false) return;
  const block = blocks.has(node.tagName);
  if (block) out.push('\n');
  for (const child of node.children) collect(child, out);
  if (block) out.push('\n');
}

/**
 * The running text of a built page's `<main>`, in reading order, the way the abbreviation rule reads it:
 * headings, navigation and anything marked `data-abbreviations-ignore` left out, blocks separated by line breaks. Empty if the page has no `<main>`.
 */
export function mainText(html: string): string {
  const main = findMain(rehype().parse(html));
  if (!main) return '';
  const out: string[] = [];
  for (const child of main.children) collect(child, out);
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
