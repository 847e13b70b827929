import { describe, expect, it } from 'vitest';
import { measureCsv } from '../../../src/lib/charts/csv.ts';
import { parseCsv } from './read-csv.ts';
import { sampleCount, sampleMeasure } from './sample-measures.ts';

describe('CSV download', () => {
  it('has one row per period with the same numbers, unrounded, and empty cells where there is no figure', () => {
    const measure = sampleMeasure();
    const [heading, ...rows] = parseCsv(measureCsv(measure, 'Dorset'));
    expect(heading).toEqual(['Calendar year', 'Dorset (%)', 'England (%)', 'Note', 'Break before this year']);
    expect(
      rows.map((row) => [Number(row[0]), row[1] === '' ? null : Number(row[1]), row[2] === '' ? null : Number(row[2])]),
    ).toEqual(measure.data.points.map((point) => [point.period, point.value, point.england ?? null]));
  });

  it('carries each footnote and the break note on the first year after the break', () => {
    const rows = parseCsv(measureCsv(sampleMeasure(), 'Dorset')).slice(1);
    expect(rows.map((row) => row[3])).toEqual([
      '',
      '',
      '',
      'Includes exceptions.',
      'No figure was published, because every plan had an exception.',
    ]);
    expect(rows.map((row) => row[4])).toEqual(['', '', 'Up to 2018 the figures are for the old area.', '', '']);
  });

  it('leaves out the break column when there are no breaks, and names the January counts', () => {
    const [heading, row] = parseCsv(measureCsv(sampleCount([[2025, 4333, 638_745]]), 'Dorset'));
    expect(heading).toEqual(['Count taken in', 'Dorset (number)', 'England (number)', 'Note']);
    expect(row?.[0]).toBe('January 2025');
  });
});
