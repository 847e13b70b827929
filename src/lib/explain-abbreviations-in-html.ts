import type { Root } from 'hast';
import { rehype } from 'rehype';
import type { GlossaryEntryLike } from './abbreviation-rule.ts';
import { linkGlossaryTerms, linkNames } from './glossary-links.ts';
import { findMain } from './page-text.ts';

/** Links glossary terms in a whole page's `<main>` (see glossary-links.ts), leaving the rest of the HTML as it was. */
export function explainAbbreviationsInHtml(
  html: string,
  glossary: readonly GlossaryEntryLike[],
  hrefFor: (id: string) => string,
): string {
  let changed = false;
  const processor = rehype().use(() => (tree: Root) => {
    const main = findMain(tree);
    if (!main) return;
    // Links anywhere on the page count, the breadcrumbs and footer too.
    linkGlossaryTerms(main, glossary, hrefFor, linkNames(tree));
    changed = true;
  });
  const output = String(processor.processSync(html));
  return changed ? output : html;
}
