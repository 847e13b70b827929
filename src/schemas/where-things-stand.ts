import { z } from 'astro/zod';
import { isoDate, listOf, shortText } from './fields.ts';
import { sourceSchema } from './source.ts';

/** The short dated summary at the top of the home page (content/where-things-stand.md). */
export const whereThingsStandSchema = z.object({
  title: shortText({ what: 'a heading', example: 'title: "Where things stand now"' }, 90).describe(
    'The heading, for example "Where things stand now".',
  ),
  asOf: isoDate({
    what: 'the date of the latest source it summarises, as YYYY-MM-DD',
    example: 'asOf: 2026-02-23',
  }).describe('The date of the latest source the summary covers, as YYYY-MM-DD: shown as "As of February 2026".'),
  sources: listOf(sourceSchema, {
    what: 'a list of sources',
    example: 'sources:\n  - name: "Ofsted and CQC, Area SEND inspection of Dorset Local Area Partnership"',
  }).describe('The sources the summary is based on.'),
});
