import { z } from 'astro/zod';
import { datedPageFields, updatedBeforePublishedMessage, updatedNotBeforePublished } from './dated-page.ts';
import { isoDate, listOf, oneOf, shortText, text } from './fields.ts';
import { sourceSchema } from './source.ts';

/** The overview of the Written Statement of Action: why it exists and what the inspectors found. */
const overviewSchema = z.object({
  type: z
    .literal('overview', { error: () => 'Expected type: overview or type: priority-area.' })
    .describe('Marks this file as the overview. There is exactly one.'),
  ...datedPageFields,
  inspectionStart: isoDate({
    what: 'the first day of the inspection, as YYYY-MM-DD',
    example: 'inspectionStart: 2017-01-23',
  }).describe('The first day of the inspection, as YYYY-MM-DD.'),
  inspectionEnd: isoDate({
    what: 'the last day of the inspection, as YYYY-MM-DD',
    example: 'inspectionEnd: 2017-01-27',
  }).describe('The last day of the inspection, as YYYY-MM-DD.'),
  inspectors: text({
    what: 'who carried out the inspection',
    example: 'inspectors: "Ofsted and the Care Quality Commission (CQC)"',
  }).describe('Who inspected, in plain words.'),
  area: text({
    what: 'the area the inspection covered',
    example: 'area: "The Dorset County Council area. It did not include Bournemouth or Poole."',
  }).describe('The area the inspection covered, and what it left out.'),
  weaknesses: listOf(
    text({ what: 'one weakness, as a sentence', example: '- "Services did not work together well enough."' }),
    {
      what: 'a list of the weaknesses the inspectors found',
      example: 'weaknesses:\n  - "Services did not work together well enough."',
    },
  ).describe('The weaknesses the inspectors found, one plain sentence each.'),
  sources: listOf(sourceSchema, {
    what: 'a list of sources',
    example: 'sources:\n  - name: "Ofsted and CQC inspection letter"',
  }).describe('Where the facts on this page come from.'),
});

/** One of the areas the statement promised to improve, with what "better" looks like. */
const priorityAreaSchema = z.object({
  type: z
    .literal('priority-area', { error: () => 'Expected type: overview or type: priority-area.' })
    .describe('Marks this file as a priority area.'),
  ...datedPageFields,
  order: z
    .int({
      error: (issue) =>
        `Expected a whole number for the order of this area, but it is ${JSON.stringify(issue.input)}. For example: order: 2`,
    })
    .positive()
    .describe('Where this area comes in the statement: 1, 2, 3 or 4.'),
  summary: shortText(
    { what: 'a one-sentence summary', example: 'summary: "Make sure plans are written well and on time."' },
    200,
  ).describe('One sentence that says what this area is about.'),
  weakness: text({ what: 'the weakness this area answers', example: 'weakness: "New plans took too long."' }).describe(
    'The weakness found by the inspectors that this area answers, in plain words.',
  ),
  actions: listOf(text({ what: 'one action', example: '- "Finish every assessment within 20 weeks."' }), {
    what: 'a list of actions',
    example: 'actions:\n  - "Finish every assessment within 20 weeks."',
  }).describe('What the partnership said it would do ("We will").'),
  outcomes: listOf(text({ what: 'one outcome', example: '- "You can get help more easily."' }), {
    what: 'a list of outcomes',
    example: 'outcomes:\n  - "You can get help more easily."',
  }).describe('What better will look like for families.'),
  measures: listOf(text({ what: 'one measure', example: '- "How many plans are finished within 20 weeks."' }), {
    what: 'a list of measures',
    example: 'measures:\n  - "How many plans are finished within 20 weeks."',
  }).describe('How progress is measured.'),
  sources: listOf(sourceSchema, {
    what: 'a list of sources',
    example: 'sources:\n  - name: "Dorset SEND Written Statement of Action"',
  }).describe('Where the facts on this page come from.'),
});

/** A statement entry is either the overview or one priority area, told apart by `type`. */
export const statementSchema = z
  .discriminatedUnion('type', [overviewSchema, priorityAreaSchema], {
    error: () => 'Expected type: overview or type: priority-area. Add one of these lines to the front matter.',
  })
  .refine(updatedNotBeforePublished, updatedBeforePublishedMessage);

/** The statuses an update can give a priority area. */
export const areaStatuses = ['not-started', 'in-progress', 'done', 'delayed'] as const;
export type AreaStatus = (typeof areaStatuses)[number];

export const areaStatusField = oneOf(areaStatuses, {
  what: 'the status of this priority area',
  example: 'status: in-progress',
});
