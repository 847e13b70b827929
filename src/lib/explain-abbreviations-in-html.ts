import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { explainAbbreviations, type Abbreviation } from './abbreviations.ts';

function findMain(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main') return child;
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

/** Explains abbreviations in a whole page's `<main>`, leaving the rest of the HTML as it was. */
export function explainAbbreviationsInHtml(html: string, abbreviations: readonly Abbreviation[]): string {
  let changed = false;
  const processor = rehype().use(() => (tree: Root) => {
    const main = findMain(tree);
    if (!main) return;
    explainAbbreviations(main, abbreviations);
    changed = true;
  });
  const output = String(processor.processSync(html));
  return changed ? output : html;
}
