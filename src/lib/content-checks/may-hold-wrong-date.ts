import type { Root, RootContent } from 'mdast';

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Looser forms of the patterns in retext-uk-dates.ts, for text whose white space is squeezed to
 * at most one space and which may lack a space where mdast-util-to-nlcst adds one between lines:
 * wherever those need white space or a word boundary, these take an optional space. Anything
 * the real patterns find in a sentence, these find in the page's text, so a page they clear
 * cannot hold a wrong date (and is not worth splitting into sentences, the check's slow part).
 */
const looseWrongDates = [
  /\d[/.]\d{1,2}[/.]\d/,
  new RegExp(`(?:${months}) ?\\d{1,2}(?:st|nd|rd|th)? ?,? ?\\d{4}`),
  /\d(?:st|nd|rd|th) ?(?:of ?)?[A-Z][a-z]+ ?\d{4}/,
];

/**
 * Every piece of the tree that becomes sentence text in mdast-util-to-nlcst (what remark-retext
 * uses): text, inline code as written, images' alt text and line breaks. Tables too, which it
 * leaves out: more text can only make the test below say "maybe" more often.
 */
function collect(node: Root | RootContent, source: string, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  else if (node.type === 'inlineCode')
    out.push(source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0));
  else if (node.type === 'image' || node.type === 'imageReference') out.push(node.alt ?? '');
  else if (node.type === 'break') out.push('\n');
  if ('children' in node) for (const child of node.children) collect(child, source, out);
}

/** Whether the date check (retext-uk-dates.ts) could find anything in this Markdown tree. */
export function mayHoldWrongDate(tree: Root, source: string): boolean {
  const out: string[] = [];
  collect(tree, source, out);
  const text = out.join('').replace(/\s+/g, ' ');
  return looseWrongDates.some((pattern) => pattern.test(text));
}
