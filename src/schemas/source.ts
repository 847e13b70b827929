import { z } from 'astro/zod';
import { isoDate, text, webAddress } from './fields.ts';

/** Where a fact or figure comes from, so families can check it. */
export const sourceSchema = z.object({
  name: text({
    what: 'the name of the source',
    example: 'name: "Department for Education, Education, health and care plans"',
  }).describe('The publisher and title, for example "Department for Education, Education, health and care plans".'),
  url: webAddress({
    what: 'a web address starting with https://',
    example: 'url: https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans',
  })
    .optional()
    .describe('A link to the source, if it is public.'),
  date: isoDate({ what: 'the date the source was published, as YYYY-MM-DD', example: 'date: 2024-05-15' })
    .optional()
    .describe('When the source was published, if known.'),
});

export type Source = z.infer<typeof sourceSchema>;
