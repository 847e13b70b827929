import { defineMiddleware } from 'astro:middleware';
import { glossaryTerms } from './data/collections.ts';
import { abbreviationsFromGlossary, type Abbreviation } from './lib/abbreviations.ts';
import { explainAbbreviationsInHtml } from './lib/explain-abbreviations-in-html.ts';
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

/**
 * Explains the first use of each glossary abbreviation on every page, so editors write
 * plain Markdown and families still get "EHCP" spelled out and linked to the glossary.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  if (!isHtml || context.url.pathname === paths.glossary()) return response;
  const html = explainAbbreviationsInHtml(await response.text(), await glossaryAbbreviations());
  return new Response(html, { status: response.status, headers: response.headers });
});
