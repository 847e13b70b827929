import { defineMiddleware } from 'astro:middleware';
import { glossaryTerms } from './data/collections.ts';
import { abbreviationsFromGlossary, type Abbreviation, type GlossaryLike } from './lib/abbreviations.ts';
import { explainAbbreviationsInHtml } from './lib/explain-abbreviations-in-html.ts';
import { addSearchKeywords } from './lib/search/index-keywords.ts';
import { paths } from './lib/urls.ts';

let abbreviations: Promise<Abbreviation[]> | undefined;

/** The glossary's abbreviations, read once per build. */
function glossaryAbbreviations(): Promise<Abbreviation[]> {
  abbreviations ??= glossaryTerms().then((terms) =>
    abbreviationsFromGlossary(
      terms.map((entry) => entry.data),
      paths.glossaryTerm,
    ),
  );
  return abbreviations;
}

let searchGlossary: Promise<GlossaryLike[]> | undefined;

/** The glossary's words for search, read once per build. */
function glossaryWords(): Promise<GlossaryLike[]> {
  searchGlossary ??= glossaryTerms().then((terms) => terms.map((entry) => entry.data));
  return searchGlossary;
}

/**
 * Explains the first use of each glossary abbreviation on every page, so editors write
 * plain Markdown and families still get "EHCP" spelled out and linked to the glossary; and
 * lets search find the page by any other word for the terms it uses.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  if (!isHtml || context.url.pathname === paths.glossary()) return response;
  const explained = explainAbbreviationsInHtml(await response.text(), await glossaryAbbreviations());
  // The glossary's other words for the terms the page uses go into the search index, hidden.
  const html = addSearchKeywords(explained, await glossaryWords());
  return new Response(html, { status: response.status, headers: response.headers });
});
