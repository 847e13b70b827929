import { describe, expect, it } from 'vitest';
import { measureSchema } from '../../src/schemas/measure.ts';

/** A valid measure, as an editor would write it in content/measures/*.yaml. */
const valid = () => ({
  title: 'New EHC plans issued within 20 weeks',
  description: 'The share of new plans issued on time.',
  valuePhrase: 'of new EHC plans in Dorset were issued within 20 weeks',
  axisLabel: '% issued within 20 weeks',
  unit: 'percent',
  timing: 'calendar-year',
  betterWhen: 'higher',
  order: 1,
  areas: ['right-first-time'],
  points: [
    { period: 2018, value: 40.9, england: 60.1 },
    { period: 2019, value: 91.0, england: 60.4 },
  ],
  breaks: [{ after: 2018, label: 'Boundary change', note: 'Up to 2018 the figures are for the old area.' }],
  sources: [{ name: 'Department for Education, Education, health and care plans' }],
});

/** The messages an editor would see, one line per problem, as "field: message". */
async function messagesFor(data: unknown): Promise<string> {
  const result = await measureSchema.safeParseAsync(data);
  if (result.success) return 'valid';
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('measure files tell editors what is wrong and how to fix it', () => {
  it('accepts a valid measure and fills in the defaults', async () => {
    const result = await measureSchema.safeParseAsync({ ...valid(), breaks: undefined });
    expect(result.success && result.data.breaks).toEqual([]);
    expect(result.success && result.data.notes).toEqual([]);
  });

  it('a missing figure with no note saying why', async () => {
    const data = valid();
    data.points[1] = { period: 2019, value: null as unknown as number, england: 60.4 };
    expect(await messagesFor(data)).toMatchInlineSnapshot(
      `"points.1.note: Expected a note saying why there is no figure for this year. For example: note: "DfE did not publish this figure for 2022.""`,
    );
  });

  it('a figure left out altogether, rather than written as null', async () => {
    const data = valid();
    data.points[1] = { period: 2019, england: 60.4 } as (typeof data.points)[number];
    expect(await messagesFor(data)).toMatchInlineSnapshot(
      `"points.1.value: Expected the figure for this year as a number, or null if there is none, but it is missing. For example: value: 60.2"`,
    );
  });

  it('a year skipped', async () => {
    const data = valid();
    data.points.push({ period: 2021, value: 70.8, england: 59.9 });
    expect(await messagesFor(data)).toMatchInlineSnapshot(
      `"points.2.period: Expected one point for each year in order, but 2021 comes after 2019. Put the points in order, and add a point for any missing year with value: null and a note saying why."`,
    );
  });

  it('a percentage over 100', async () => {
    const data = valid();
    data.points[0] = { period: 2018, value: 409, england: 60.1 };
    expect(await messagesFor(data)).toMatchInlineSnapshot(
      `"points.0.value: Expected a percentage from 0 to 100, but it is 409. Write 60.2 for 60.2%."`,
    );
  });

  it('a count written with a decimal', async () => {
    expect(await messagesFor({ ...valid(), unit: 'count', breaks: [] })).toMatchInlineSnapshot(`
      "points.0.value: Expected a whole number of things, but it is 40.9. Write 4333, without commas.
      points.0.england: Expected a whole number of things, but it is 60.1. Write 4333, without commas.
      points.1.england: Expected a whole number of things, but it is 60.4. Write 4333, without commas."
    `);
  });

  it('a break after the last year', async () => {
    expect(
      await messagesFor({ ...valid(), breaks: [{ after: 2019, label: 'Boundary change', note: 'x' }] }),
    ).toMatchInlineSnapshot(
      `"breaks.0.after: Expected the last year before the break, which must have a point and a point after it, but it is 2019. For example: after: 2018"`,
    );
  });

  it('a unit that is not one of the two', async () => {
    expect(await messagesFor({ ...valid(), unit: 'percentage' })).toMatchInlineSnapshot(
      `"unit: Expected the unit of the figures, but it is "percentage". For example: unit: percent (Use one of: percent, count.)"`,
    );
  });

  it('a year written in words', async () => {
    const data = valid();
    data.points[0] = { period: 'twenty eighteen' as unknown as number, value: 40.9, england: 60.1 };
    expect(await messagesFor(data)).toMatchInlineSnapshot(
      `"points.0.period: Expected the year these figures are for, as four figures, but it is "twenty eighteen". For example: period: 2019"`,
    );
  });

  it('an axis title too long to fit above the chart on a phone', async () => {
    expect(
      await messagesFor({ ...valid(), axisLabel: 'Percentage of new EHC plans issued within 20 weeks' }),
    ).toMatchInlineSnapshot(
      `"axisLabel: Expected a short title for the vertical axis, but it is "Percentage of new EHC plans issued within 20 weeks". For example: axisLabel: "% issued within 20 weeks" (It must be 36 characters or fewer: shorten it.)"`,
    );
  });
});
