import { z } from 'astro/zod';
import { datedPageFields, updatedBeforePublishedMessage, updatedNotBeforePublished } from './dated-page.ts';
import { isoDate } from './fields.ts';

/** A standing page such as the privacy notice or the accessibility statement. */
export const pageSchema = z
  .object({
    ...datedPageFields,
    reviewBy: isoDate({
      what: 'the date the page must next be reviewed, as YYYY-MM-DD',
      example: 'reviewBy: 2027-11-25',
    })
      .optional()
      .describe('When the page must next be checked, as YYYY-MM-DD. Leave out if it has no set review.'),
    footer: z
      .boolean({
        error: (issue) => `Expected footer: true or footer: false, but it is ${JSON.stringify(issue.input)}.`,
      })
      .default(false)
      .describe('Whether the page is linked from the footer (accessibility, privacy, cookies, contact).'),
  })
  .refine(updatedNotBeforePublished, updatedBeforePublishedMessage);
