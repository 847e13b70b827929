import { z } from 'astro/zod';
import { datedPageFields, updatedBeforePublishedMessage, updatedNotBeforePublished } from './dated-page.ts';
import { isoDate, listOf, shortText, text } from './fields.ts';
import { sourceSchema } from './source.ts';

const academicYearPattern = /^(\d{4}) to (\d{4})$/;

/** A partner's statement, summarised in our words and attributed by role, never quoted. */
const partnerStatementSchema = z.object({
  role: text({
    what: "the person's role and organisation",
    example: 'role: "Chair, Dorset Parent Carer Council (DPCC)"',
  }).describe('The person\'s role and organisation, for example "Lead member for children, Dorset Council".'),
  summary: shortText(
    {
      what: 'a summary of what they said, in your own words',
      example: 'summary: "The chair said the partnership with parents was recognised by inspectors."',
    },
    600,
  ).describe('What they said, summarised in plain English. Not a quotation.'),
});

/** One headline achievement with its source. */
const achievementSchema = z.object({
  text: text({
    what: 'the achievement in one sentence',
    example: 'text: "Family hubs opened in six places."',
  }).describe('The achievement in one plain sentence.'),
  source: sourceSchema.describe('Where it comes from.'),
});

/** An annual impact report: what the SEND partnership achieved in one academic year. */
export const impactReportSchema = z
  .object({
    ...datedPageFields,
    academicYear: z
      .string({
        error: (issue) =>
          `Expected the academic year, written like "2023 to 2024", but it is ${JSON.stringify(issue.input)}. For example: academicYear: "2023 to 2024"`,
      })
      .regex(academicYearPattern, {
        abort: true,
        error: (issue) =>
          `Expected the academic year, written like "2023 to 2024", but it is ${JSON.stringify(issue.input)}. For example: academicYear: "2023 to 2024"`,
      })
      .refine(
        (year) => {
          const [, start, end] = academicYearPattern.exec(year) ?? [];
          return Number(end) === Number(start) + 1;
        },
        { error: 'Expected the second year to follow the first, for example: academicYear: "2023 to 2024"' },
      )
      .describe('The academic year, written "2023 to 2024".'),
    achievements: listOf(achievementSchema, {
      what: 'a list of achievements',
      example:
        'achievements:\n  - text: "Family hubs opened in six places."\n    source:\n      name: "Dorset SEND Impact Report 2023 to 2024"',
    }).describe('Headline achievements, each with its source.'),
    partnerStatements: listOf(partnerStatementSchema, {
      what: "a list of partners' statements",
      example: 'partnerStatements:\n  - role: "Chair, DPCC"\n    summary: "..."',
    }).describe("Partners' statements, summarised and attributed by role."),
    inspection: z
      .object({
        published: isoDate({
          what: 'the date the inspection report was published',
          example: 'published: 2024-05-15',
        }).describe('When the report was published, as YYYY-MM-DD.'),
        outcome: text({
          what: 'the inspection outcome in plain words',
          example: 'outcome: "The best of the three possible outcomes."',
        }).describe('The outcome, in plain words.'),
        source: sourceSchema.describe('The inspection report.'),
      })
      .optional()
      .describe('The outcome of the latest area SEND inspection, if one happened in the year.'),
    sources: listOf(sourceSchema, {
      what: 'a list of sources',
      example: 'sources:\n  - name: "Dorset SEND Impact Report 2023 to 2024"',
    }).describe('Where the other facts in this report come from.'),
  })
  .refine(updatedNotBeforePublished, updatedBeforePublishedMessage);
