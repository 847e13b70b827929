import { rehype } from 'rehype';
import type { GlossaryEntryLike } from './abbreviation-rule.ts';
import { linkGlossaryTerms, linkNames } from './glossary-links.ts';
import { findMain } from './page-text.ts';

/** One HTML parser and serialiser for every page of a build, rather than a new processor per page. */
const html5 = rehype().freeze();

/** Links glossary terms in a whole page's `<main>` (see glossary-links.ts), leaving the rest of the HTML as it was. */
export function explainAbbreviationsInHtml(
  html: string,
  glossary: readonly GlossaryEntryLike[],
  hrefFor: (id: string) => string,
): string {
  const tree = html5.parse(html);
  const main = findMain(tree);
  if (!main) return html;
  // Links anywhere on the page count, the breadcrumbs and footer too.
  linkGlossaryTerms(main, glossary, hrefFor, linkNames(tree));
  return html5.stringify(tree);
}
