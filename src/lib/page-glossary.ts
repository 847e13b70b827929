import type { GlossaryEntryLike } from './abbreviation-rule.ts';
import { explainAbbreviations } from './explain-abbreviations-in-html.ts';
import type { GlossaryWords } from './search/glossary-words.ts';
import { addSearchKeywords } from './search/index-keywords.ts';
import { paths } from './urls.ts';

/** The published glossary, as the links and the search keywords read it. */
export interface PageGlossary {
  entries: GlossaryEntryLike[];
  /** The same entries as search reads them: one array for the whole build, so what is worked out from it is kept. */
  words: GlossaryWords[];
}

/**
 * A built page with each glossary term linked once, on its first use (on the written-out words where the
 * text writes them out), so editors write plain Markdown and families can look any term up; and with the
 * glossary's other words for the terms it uses in its search keywords, so search finds it by any of them.
 */
export function withGlossary(html: string, glossary: PageGlossary): string {
  const page = explainAbbreviations(html, glossary.entries, paths.glossaryTerm);
  return addSearchKeywords(page.html, glossary.words, page.mainText);
}
