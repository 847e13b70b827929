import { z } from 'astro/zod';
import { datedPageFields, updatedBeforePublishedMessage, updatedNotBeforePublished } from './dated-page.ts';
import { isoDate, listOf, oneOf, shortText, text } from './fields.ts';
import { sourceSchema } from './source.ts';

/** The overview of the Written Statement of Action: why it exists and what the inspectors found. */
const overviewSchema = z.object({
  /** Marks this file as the overview. There is exactly one. */
  type: z.literal('overview', { error: () => 'Expected type: overview or type: priority-area.' }),
  ...datedPageFields,
  /** The first day of the inspection, as YYYY-MM-DD. */
  inspectionStart: isoDate({
    what: 'the first day of the inspection, as YYYY-MM-DD',
    example: 'inspectionStart: 2017-01-23',
  }),
  /** The last day of the inspection, as YYYY-MM-DD. */
  inspectionEnd: isoDate({
    what: 'the last day of the inspection, as YYYY-MM-DD',
    example: 'inspectionEnd: 2017-01-27',
  }),
  /** Who inspected, in plain words. */
  inspectors: text({
    what: 'who carried out the inspection',
    example: 'inspectors: "Ofsted and the Care Quality Commission (CQC)"',
  }),
  /** The area the inspection covered, and what it left out. */
  area: text({
    what: 'the area the inspection covered',
    example: 'area: "The Dorset County Council area. It did not include Bournemouth or Poole."',
  }),
  /** The weaknesses the inspectors found, one plain sentence each. */
  weaknesses: listOf(
    text({ what: 'one weakness, as a sentence', example: '- "Services did not work together well enough."' }),
    {
      what: 'a list of the weaknesses the inspectors found',
      example: 'weaknesses:\n  - "Services did not work together well enough."',
    },
  ),
  /** Where the facts on this page come from. */
  sources: listOf(sourceSchema, {
    what: 'a list of sources',
    example: 'sources:\n  - name: "Ofsted and CQC inspection letter"',
  }),
});

/** One of the areas the statement promised to improve, with what "better" looks like. */
const priorityAreaSchema = z.object({
  /** Marks this file as a priority area. */
  type: z.literal('priority-area', { error: () => 'Expected type: overview or type: priority-area.' }),
  ...datedPageFields,
  /** Where this area comes in the statement: 1, 2, 3 or 4. */
  order: z
    .int({
      error: (issue) =>
        `Expected a whole number for the order of this area, but it is ${JSON.stringify(issue.input)}. For example: order: 2`,
    })
    .positive(),
  /** One sentence that says what this area is about. */
  summary: shortText(
    { what: 'a one-sentence summary', example: 'summary: "Make sure plans are written well and on time."' },
    200,
  ),
  /** The weakness found by the inspectors that this area answers, in plain words. */
  weakness: text({ what: 'the weakness this area answers', example: 'weakness: "New plans took too long."' }),
  /** What the partnership said it would do ("We will"). */
  actions: listOf(text({ what: 'one action', example: '- "Finish every assessment within 20 weeks."' }), {
    what: 'a list of actions',
    example: 'actions:\n  - "Finish every assessment within 20 weeks."',
  }),
  /** What better will look like for families. */
  outcomes: listOf(text({ what: 'one outcome', example: '- "You can get help more easily."' }), {
    what: 'a list of outcomes',
    example: 'outcomes:\n  - "You can get help more easily."',
  }),
  /** How progress is measured. */
  measures: listOf(text({ what: 'one measure', example: '- "How many plans are finished within 20 weeks."' }), {
    what: 'a list of measures',
    example: 'measures:\n  - "How many plans are finished within 20 weeks."',
  }),
  /** Where the facts on this page come from. */
  sources: listOf(sourceSchema, {
    what: 'a list of sources',
    example: 'sources:\n  - name: "Dorset SEND Written Statement of Action"',
  }),
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
