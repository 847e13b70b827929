import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { datedPageFields, updatedBeforePublishedMessage, updatedNotBeforePublished } from './dated-page.ts';
import { isoDate, listOf, shortText } from './fields.ts';
import { sourceSchema } from './source.ts';
import { areaStatusField } from './statement.ts';

/** What an update says about one priority area. */
const areaReportSchema = z.object({
  area: reference('statement').meta({
    references: 'statement',
    title: 'Priority area',
    description: 'The priority area this part of the update is about.',
  }),
  status: areaStatusField
    .optional()
    .describe(
      'Where the update gives one: not-started, in-progress, done or delayed. Leave out if the update does not say.',
    ),
  note: shortText({ what: 'a short note on this area', example: 'note: "Inspectors found enough progress."' }, 400)
    .optional()
    .describe('One or two sentences on this area from the update.'),
});

/** A dated progress update on the Written Statement of Action. */
export const progressSchema = z
  .object({
    ...datedPageFields,
    date: isoDate({ what: 'the date the update reports on, as YYYY-MM-DD', example: 'date: 2019-02-13' }).describe(
      'The date the update reports on (for example the day of a revisit), as YYYY-MM-DD. Used to order updates.',
    ),
    dateLabel: shortText({ what: 'how to show a date that is not exact', example: 'dateLabel: "2019 to 2020"' }, 40)
      .optional()
      .describe(
        'How to show the date when the exact day is not known, for example "2019 to 2020" or "By January 2021".',
      ),
    areas: listOf(areaReportSchema, {
      what: 'a list of the priority areas this update reports on (or leave out areas if it reports on none)',
      example: 'areas:\n  - area: right-first-time\n    status: in-progress',
    })
      .default([])
      .describe(
        "The 2017 priority areas this update reports on. Leave areas out when it reports on none of them (for example the 2024 inspection's own areas for improvement, which live in content/inspection-2024.yaml).",
      ),
    sources: listOf(sourceSchema, {
      what: 'a list of sources',
      example: 'sources:\n  - name: "Dorset Council, Feedback from the Ofsted and CQC revisit February 2019"',
    }).describe('Where the facts in this update come from.'),
  })
  .refine(updatedNotBeforePublished, updatedBeforePublishedMessage);
