import { defineMiddleware } from 'astro:middleware';
import { glossaryTerms } from './data/collections.ts';
import type { GlossaryEntryLike } from './lib/abbreviation-rule.ts';
import { explainAbbreviations } from './lib/explain-abbreviations-in-html.ts';
import type { GlossaryWords } from './lib/search/glossary-words.ts';
import { addSearchKeywords } from './lib/search/index-keywords.ts';
import { paths } from './lib/urls.ts';

interface Glossary {
  entries: GlossaryEntryLike[];
  /** The same entries as search reads them: one array for the whole build, so what is worked out from it is kept. */
  words: GlossaryWords[];
}

let glossary: Promise<Glossary> | undefined;

/** The published glossary entries, read once per build. */
function glossaryEntries(): Promise<Glossary> {
  glossary ??= glossaryTerms().then((terms) => {
    const entries = terms.map((entry) => entry.data);
    return { entries, words: entries.map((entry) => ({ ...entry, otherWords: entry.otherWords ?? [] })) };
  });
  return glossary;
}

/**
 * Links each glossary term once on every page, on its first use (on the written-out words where the text
 * writes them out), so editors write plain Markdown and families can look any term up; and lets search
 * find the page by any other word for the terms it uses.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  if (!isHtml || context.url.pathname === paths.glossary()) return response;
  const { entries, words } = await glossaryEntries();
  const page = explainAbbreviations(await response.text(), entries, paths.glossaryTerm);
  // The glossary's other words for the terms the page uses go into the search index, hidden.
  const html = addSearchKeywords(page.html, words, page.mainText);
  return new Response(html, { status: response.status, headers: response.headers });
});
