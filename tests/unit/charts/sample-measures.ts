import type { MeasureLike, MeasurePoint } from '../../../src/lib/charts/measure.ts';

/** A measure with the shapes the real content has: a break, a target, a footnote and a missing latest figure. */
export function sampleMeasure(overrides: Partial<MeasureLike['data']> = {}): MeasureLike {
  return {
    id: 'on-time',
    data: {
      title: 'New plans on time',
      valuePhrase: 'of new plans were on time',
      axisLabel: '% on time',
      unit: 'percent',
      timing: 'calendar-year',
      betterWhen: 'higher',
      order: 1,
      areas: [{ id: 'right-first-time' }],
      target: { value: 100, description: 'every plan on time' },
      points: points([
        [2017, 8.5, 64.9],
        [2018, 40.9, 60.1],
        [2019, 91.0, 60.4],
        [2020, 79.9, 58.0, 'Includes exceptions.'],
        [2021, null, 46.4, 'No figure was published, because every plan had an exception.'],
      ]),
      breaks: [{ after: 2018, label: 'Boundary change', note: 'Up to 2018 the figures are for the old area.' }],
      notes: ['Figures come from two releases.'],
      ...overrides,
    },
  };
}

/** Points from [period, value, england, note] rows. */
export function points(
  rows: ReadonlyArray<readonly [number, number | null, (number | null)?, string?]>,
): MeasurePoint[] {
  return rows.map(([period, value, england, note]) => ({ period, value, england, ...(note ? { note } : {}) }));
}

/** A count measure like "EHC plans in place", with no break or target. */
export function sampleCount(values: ReadonlyArray<readonly [number, number | null, (number | null)?]>): MeasureLike {
  return sampleMeasure({
    unit: 'count',
    timing: 'january',
    betterWhen: 'neither',
    valuePhrase: 'children had a plan',
    axisLabel: 'Number of plans',
    target: undefined,
    breaks: [],
    notes: [],
    points: points(values),
  });
}
