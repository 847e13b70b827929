import { describe, expect, it } from 'vitest';
import { measureNotes, sharedBreakNotes } from '../../../src/lib/charts/notes.ts';
import { tableRows } from '../../../src/lib/charts/table.ts';
import { sampleCount, sampleMeasure } from './sample-measures.ts';

describe('measure table', () => {
  it('formats each figure as the chart and summary do, and says "No figure" rather than leaving a blank', () => {
    expect(tableRows(sampleMeasure()).map((row) => [row.period, row.local, row.england])).toEqual([
      ['2017', '8.5%', '64.9%'],
      ['2018', '40.9%', '60.1%'],
      ['2019', '91.0%', '60.4%'],
      ['2020', '79.9%', '58.0%'],
      ['2021', 'No figure', '46.4%'],
    ]);
  });

  it('writes counts with thousands separators and January dates', () => {
    expect(tableRows(sampleCount([[2025, 4333, 638_745]]))[0]).toMatchObject({
      period: 'January 2025',
      local: '4,333',
      england: '638,745',
    });
  });

  it('puts the break note on the first row after the break, beside any footnote', () => {
    expect(tableRows(sampleMeasure()).map((row) => row.note)).toEqual([
      '',
      '',
      'Boundary change: Up to 2018 the figures are for the old area.',
      'Includes exceptions.',
      'No figure was published, because every plan had an exception.',
    ]);
  });
});

describe('measure notes', () => {
  it('lists the series notes, then breaks, then each year with a footnote', () => {
    expect(measureNotes(sampleMeasure())).toEqual([
      'Figures come from two releases.',
      'Boundary change after 2018: Up to 2018 the figures are for the old area.',
      '2020: Includes exceptions.',
      '2021: No figure was published, because every plan had an exception.',
    ]);
  });
});

describe('break notes shared by several figures', () => {
  const oldArea = { after: 2018, label: 'Boundary change', note: 'Up to 2018 the figures are for the old area.' };
  it('lists a note once when two or more measures share it, and leaves out a note only one measure has', () => {
    const other = sampleMeasure({ breaks: [{ after: 2019, label: 'New method', note: 'The count changed in 2020.' }] });
    expect(sharedBreakNotes([sampleMeasure(), sampleMeasure({ breaks: [oldArea] }), other])).toEqual([
      { label: 'Boundary change', note: 'Up to 2018 the figures are for the old area.' },
    ]);
  });

  it('finds nothing to share on a page with one figure', () => {
    expect(sharedBreakNotes([sampleMeasure()])).toEqual([]);
  });
});
