import { defineMiddleware } from 'astro:middleware';
import { glossaryTerms } from './data/collections.ts';
import type { GlossaryEntryLike } from './lib/abbreviation-rule.ts';
import { explainAbbreviationsInHtml } from './lib/explain-abbreviations-in-html.ts';
import { addSearchKeywords } from './lib/search/index-keywords.ts';
import { paths } from './lib/urls.ts';

let glossary: Promise<GlossaryEntryLike[]> | undefined;

/** The published glossary entries, read once per build. */
function glossaryEntries(): Promise<GlossaryEntryLike[]> {
  glossary ??= glossaryTerms().then((terms) => terms.map((entry) => entry.data));
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
  const entries = await glossaryEntries();
  const linked = explainAbbreviationsInHtml(await response.text(), entries, paths.glossaryTerm);
  // The glossary's other words for the terms the page uses go into the search index, hidden.
  const html = addSearchKeywords(
    linked,
    entries.map((entry) => ({ ...entry, otherWords: entry.otherWords ?? [] })),
  );
  return new Response(html, { status: response.status, headers: response.headers });
});
