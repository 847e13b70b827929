import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { helpMessage, listOf, oneOf, shortText, text, type FieldHelp } from './fields.ts';
import { sourceSchema } from './source.ts';

/** A four-figure year. Written without quotes: `period: 2019`. */
function year(help: FieldHelp) {
  return z
    .int({ error: (issue) => helpMessage(help, issue.input) })
    .min(2000, { error: (issue) => helpMessage(help, issue.input) })
    .max(2100, { error: (issue) => helpMessage(help, issue.input) });
}

/** A figure, or null where there is none. The key must be there, so a forgotten figure is never silently blank. */
function figure(help: FieldHelp) {
  return z.number({ error: (issue) => helpMessage(help, issue.input) }).nullable();
}

/** One period's figures: the local area's and England's, as published, with any footnote. */
const pointSchema = z
  .object({
    period: year({ what: 'the year these figures are for, as four figures', example: 'period: 2019' }).describe(
      'The calendar year, or the year of the January count: 2019.',
    ),
    value: figure({
      what: 'the figure for this year as a number, or null if there is none',
      example: 'value: 60.2',
    }).describe("The local area's figure, exactly as published. Write null if there is none, and say why in the note."),
    england: figure({
      what: "England's figure for this year as a number, or null if there is none",
      example: 'england: 50.3',
    })
      .optional()
      .describe("England's figure for the same period, exactly as published, or null if there is none."),
    note: text({
      what: 'a note on this year',
      example: 'note: "DfE says these figures include exceptions."',
    })
      .optional()
      .describe("A footnote for this period, for example the publisher's own footnote. Needed when a figure is null."),
  })
  .refine((point) => point.value !== null || point.note !== undefined, {
    error:
      'Expected a note saying why there is no figure for this year. For example: note: "DfE did not publish this figure for 2022."',
    path: ['note'],
  });

/** A place where figures before and after are not like for like, such as a change of council boundary. */
const seriesBreakSchema = z.object({
  after: year({ what: 'the last year before the break', example: 'after: 2018' }).describe(
    'The last period before the break: a break after 2018 falls between 2018 and 2019.',
  ),
  label: shortText({ what: 'a short label for the break', example: 'label: "Boundary change"' }, 24).describe(
    'A very short label drawn on the chart beside the break.',
  ),
  note: text({
    what: 'what changed at the break, in plain sentences',
    example: 'note: "Up to 2018 the figures are for the old Dorset County Council area."',
  }).describe("What changed, in plain sentences. It is read out with the chart's summary."),
});

/** A level the partnership set out to reach. */
const targetSchema = z.object({
  value: z
    .number({
      error: (issue) => helpMessage({ what: 'the target as a number', example: 'value: 100' }, issue.input),
    })
    .describe("The level, in the measure's unit."),
  description: text({
    what: 'what the target means and who set it',
    example: 'description: "every new plan within 20 weeks, as the statement of action promised"',
  }).describe('What the target is and who set it; it follows "The target is 100%:" in a sentence.'),
});

const units = ['percent', 'count'] as const;
const timings = ['calendar-year', 'january'] as const;
const directions = ['higher', 'lower', 'neither'] as const;

/** An official figure tracked over time, with England for comparison, where it comes from and its caveats. */
export const measureSchema = z
  .object({
    title: shortText(
      { what: 'the name of the measure', example: 'title: "New EHC plans issued within 20 weeks"' },
      90,
    ).describe("The measure's name, used as its page heading."),
    description: shortText(
      {
        what: 'what the figure means, in plain English',
        example: 'description: "The law says a new EHC plan should be ready within 20 weeks of the request."',
      },
      500,
    ).describe('What the figure means for families, in one to three plain sentences.'),
    valuePhrase: shortText(
      {
        what: 'the words that follow the figure in a sentence',
        example: 'valuePhrase: "of new EHC plans in Dorset were issued within 20 weeks"',
      },
      120,
    ).describe(
      'What follows the number in a sentence: "In 2023, 60.2% [of new EHC plans in Dorset were issued within 20 weeks]".',
    ),
    axisLabel: shortText(
      { what: 'a short title for the vertical axis', example: 'axisLabel: "% issued within 20 weeks"' },
      36,
    ).describe('The vertical axis title. Short, so it fits above the chart on a phone.'),
    unit: oneOf(units, { what: 'the unit of the figures', example: 'unit: percent' }).describe(
      'percent: a share, drawn as lines against England. count: a number of things, drawn as bars.',
    ),
    timing: oneOf(timings, { what: 'when the figures were taken', example: 'timing: calendar-year' }).describe(
      'calendar-year: figures for January to December. january: a count taken in January each year.',
    ),
    betterWhen: oneOf(directions, { what: 'which direction is better', example: 'betterWhen: higher' }).describe(
      'Which way is better, or "neither" where a change is not good or bad in itself.',
    ),
    order: z
      .int({
        error: (issue) => helpMessage({ what: 'a whole number for the order', example: 'order: 1' }, issue.input),
      })
      .positive()
      .describe("Where the measure comes among its priority area's measures: 1 first."),
    areas: listOf(reference('statement').meta({ references: 'statement', title: 'Priority area' }), {
      what: 'a list of the priority areas this measure tracks',
      example: 'areas:\n  - right-first-time',
    }).describe('The priority areas this measure tracks: file names in content/statement, without .md.'),
    target: targetSchema.optional().describe('A target, if one was set. Leave out if not.'),
    points: listOf(pointSchema, {
      what: 'a list of figures, one per year',
      example: 'points:\n  - period: 2019\n    value: 91.0\n    england: 60.4',
    }).describe('The figures, one per period, oldest first, with no period skipped.'),
    breaks: z
      .array(seriesBreakSchema, {
        error: (issue) =>
          helpMessage(
            { what: 'a list of breaks', example: 'breaks:\n  - after: 2018\n    label: "Boundary change"' },
            issue.input,
          ),
      })
      .default([])
      .describe('Places where figures before and after are not like for like.'),
    notes: z
      .array(text({ what: 'one note', example: '- "Figures up to 2018 are for the old county area."' }), {
        error: (issue) =>
          helpMessage(
            { what: 'a list of notes', example: 'notes:\n  - "Figures up to 2018 are for the old county area."' },
            issue.input,
          ),
      })
      .default([])
      .describe('Caveats that apply to the whole series, in plain sentences.'),
    sources: listOf(sourceSchema, {
      what: 'a list of sources',
      example: 'sources:\n  - name: "Department for Education, Education, health and care plans"',
    }).describe('Where the figures come from: the publisher, release and file.'),
  })
  .superRefine((measure, context) => {
    measure.points.forEach((point, index) => {
      const before = measure.points[index - 1];
      if (before && point.period !== before.period + 1) {
        context.addIssue({
          code: 'custom',
          path: ['points', index, 'period'],
          message: `Expected one point for each year in order, but ${point.period} comes after ${before.period}. Put the points in order, and add a point for any missing year with value: null and a note saying why.`,
        });
      }
      for (const key of ['value', 'england'] as const) {
        const value = point[key];
        if (value === null || value === undefined) continue;
        if (measure.unit === 'percent' && (value < 0 || value > 100)) {
          context.addIssue({
            code: 'custom',
            path: ['points', index, key],
            message: `Expected a percentage from 0 to 100, but it is ${value}. Write 60.2 for 60.2%.`,
          });
        }
        if (measure.unit === 'count' && (!Number.isInteger(value) || value < 0)) {
          context.addIssue({
            code: 'custom',
            path: ['points', index, key],
            message: `Expected a whole number of things, but it is ${value}. Write 4333, without commas.`,
          });
        }
      }
    });
    measure.breaks.forEach((item, index) => {
      const position = measure.points.findIndex((point) => point.period === item.after);
      if (position === -1 || position === measure.points.length - 1) {
        context.addIssue({
          code: 'custom',
          path: ['breaks', index, 'after'],
          message: `Expected the last year before the break, which must have a point and a point after it, but it is ${item.after}. For example: after: 2018`,
        });
      }
    });
  });

/** What a measure counts: a share ("percent") or a number of things ("count"). Charts and tables take it from here. */
export type MeasureUnit = (typeof units)[number];
/** When each figure was taken: over a calendar year, or on a day in January (caseload counts). */
export type MeasureTiming = (typeof timings)[number];
/** Which way is better for a measure, or "neither". */
export type MeasureDirection = (typeof directions)[number];
