/**
 * /search/words.json: the words "Did you mean" can suggest (src/lib/search/vocabulary.ts), fetched
 * by the search page only when a search finds nothing, so it costs a working search nothing.
 */
import type { APIRoute } from 'astro';
import {
  glossaryTerms,
  impactReports,
  measures as officialFigures,
  priorityAreas,
  progressUpdates,
  standingPages,
  statementOverview,
} from '../../data/collections.ts';
import { vocabularyOf } from '../../lib/search/vocabulary.ts';

export const GET: APIRoute = async () => {
  const pages = [
    await statementOverview(),
    ...(await priorityAreas()),
    ...(await progressUpdates()),
    ...(await impactReports()),
    ...(await standingPages()),
  ];
  const measures = await officialFigures();
  const glossary = (await glossaryTerms()).map(({ data }) =>
    [data.term, data.abbreviation ?? '', data.meaning, ...data.otherWords].join(' '),
  );
  const texts = [
    ...pages.map(({ data }) => `${data.title} ${data.description}`),
    ...measures.map(({ data }) => `${data.title} ${data.description}`),
    ...glossary,
  ];
  return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'Content-Type': 'application/json' } });
};
