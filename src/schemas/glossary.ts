import { z } from 'astro/zod';
import { shortText, text } from './fields.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One term families meet, with its plain-English meaning and the words people search for. */
export const glossaryTermSchema = z.object({
  id: z
    .string({
      error: (issue) =>
        `Expected an id in lower case with hyphens, but it is ${JSON.stringify(issue.input)}. For example: id: ehc-plan`,
    })
    .regex(slugPattern, {
      error: (issue) =>
        `Expected an id in lower case with hyphens, but it is ${JSON.stringify(issue.input)}. For example: id: ehc-plan`,
    })
    .describe(
      'A short id, lower case with hyphens; it becomes the anchor on the glossary page, for example "ehc-plan".',
    ),
  term: text({ what: 'the term in full', example: 'term: "Education, health and care plan"' }).describe(
    'The term in full, as it is written in a sentence.',
  ),
  abbreviation: z
    .string({
      error: (issue) =>
        `Expected the abbreviation as text, but it is ${JSON.stringify(issue.input)}. For example: abbreviation: EHCP`,
    })
    .regex(/^[A-Za-z][A-Za-z0-9/&-]*$/, {
      error: (issue) =>
        `Expected a short form without spaces, but it is ${JSON.stringify(issue.input)}. For example: abbreviation: EHCP`,
    })
    .optional()
    .describe('The short form, if it has one, for example "EHCP". Its first use on each page is explained.'),
  meaning: shortText(
    {
      what: 'what the term means, in plain English',
      example: 'meaning: "A legal document that sets out the help a child must get."',
    },
    500,
  ).describe('What it means, in one or two plain sentences.'),
  otherWords: z
    .array(text({ what: 'another word people use for this term', example: '- "EHC plan"' }), {
      error: (issue) =>
        `Expected a list of other words, but it is ${JSON.stringify(issue.input)}. For example: otherWords: ["EHC plan", "care plan"]`,
    })
    .default([])
    .describe('Other words people use or search for, such as other short forms or everyday phrases.'),
  draft: z
    .boolean({
      error: (issue) =>
        `Expected draft: true or draft: false, but it is ${JSON.stringify(issue.input)}. For example: draft: true`,
    })
    .default(false)
    .describe(
      'true while the entry is being written: it shows in `npm run dev` but is left out of the published site.',
    ),
});
