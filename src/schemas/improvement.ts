import { z } from 'astro/zod';
import { isoDate, listOf, oneOf, shortText, text } from './fields.ts';
import { sourceSchema } from './source.ts';
import { areaStatuses } from './statement.ts';

/** A status a source gave an area for improvement, and when it was true. */
const improvementStatusSchema = z
  .object({
    value: oneOf(areaStatuses, { what: 'the status the source gives', example: 'value: in-progress' }).describe(
      'What the source said: not-started, in-progress, done or delayed.',
    ),
    asOf: isoDate({ what: 'the date the status was true, as YYYY-MM-DD', example: 'asOf: 2025-09-01' })
      .optional()
      .describe('The date the status was true, as YYYY-MM-DD. Use asOfLabel instead when the day is not known.'),
    asOfLabel: shortText({ what: 'when the status was true', example: 'asOfLabel: "September 2025"' }, 40)
      .optional()
      .describe('When the status was true, in words, for example "September 2025".'),
    source: sourceSchema.describe('The source that gives this status.'),
  })
  .refine((status) => status.asOf !== undefined || status.asOfLabel !== undefined, {
    message:
      'Expected the date this status was true: add asOf as YYYY-MM-DD, or asOfLabel in words. For example: asOf: 2025-09-01',
    path: ['asOf'],
  });

/** One area the 2024 inspection asked the partnership to improve (content/inspection-2024.yaml). */
export const improvementSchema = z.object({
  id: text({ what: 'an id in lower case with hyphens', example: 'id: use-of-data' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: (issue) =>
        `Expected an id in lower case with hyphens, but it is ${JSON.stringify(issue.input)}. For example: id: use-of-data`,
    })
    .describe('A short id, lower case with hyphens, for example "use-of-data".'),
  title: shortText(
    { what: 'the area for improvement in plain words', example: 'title: "Use information better"' },
    120,
  ).describe('The area for improvement, in plain words.'),
  summary: shortText(
    {
      what: 'one or two sentences on what it means',
      example: 'summary: "Leaders should use what they know to check help makes a difference."',
    },
    400,
  ).describe('What it means, in one or two sentences.'),
  order: z
    .int({
      error: (issue) =>
        `Expected a whole number for where this comes in the list, but it is ${JSON.stringify(issue.input)}. For example: order: 1`,
    })
    .positive({
      error: (issue) =>
        `Expected a whole number from 1, but it is ${JSON.stringify(issue.input)}. For example: order: 1`,
    })
    .describe("Where it comes in the inspection report's list: 1, 2 ..."),
  sources: listOf(sourceSchema, {
    what: 'a list of sources',
    example: 'sources:\n  - name: "Ofsted and CQC, Area SEND inspection of Dorset Local Area Partnership"',
  }).describe('Where it comes from: the inspection report, and any later source.'),
  status: improvementStatusSchema
    .optional()
    .describe('Only where a source gives one: what it said and when. Leave out otherwise.'),
});
