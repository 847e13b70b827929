import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv.ts';
import { parseCsv } from './charts/read-csv.ts';

describe('the CSV writer', () => {
  it('quotes every cell and doubles the quotes inside', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers as they are and an absent value as an empty cell', () => {
    expect(csvCell(60.2)).toBe('"60.2"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
  });

  it('turns what a spreadsheet would run as a formula into text', () => {
    expect(csvCell('=1+1')).toBe('"\'=1+1"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
  });

  it('starts with a byte order mark, ends every row with CRLF, and reads back as written', () => {
    const file = toCsv([
      ['Year', 'Note'],
      [2019, 'Boundary changed, see "notes"'],
    ]);
    expect(file.startsWith('\uFEFF')).toBe(true);
    expect(file.endsWith('\r\n')).toBe(true);
    expect(parseCsv(file)).toEqual([
      ['Year', 'Note'],
      ['2019', 'Boundary changed, see "notes"'],
    ]);
  });
});
