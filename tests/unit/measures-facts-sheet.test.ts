import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The official figures, with their source addresses, as a fixture in the repository (tests/fixtures/official-figures/README.md).
const factsSheet = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/official-figures/dorset-send-facts.md'),
  'utf8',
);

type Row = Record<string, string>;

/** The first Markdown table under each numbered heading ("### 2a. …" → "2a"), as rows keyed by column heading. */
export function tablesBySection(markdown: string): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  const lines = markdown.split('\n');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = /^#{2,4}\s+(\d+[a-z]?)\.\s/.exec(line);
    if (heading) section = heading[1] ?? '';
    const isTableStart = line.startsWith('|') && /^\|[\s|:-]+\|$/.test((lines[i + 1] ?? '').trim());
    if (!isTableStart || tables.has(section)) continue;
    const headings = cells(line);
    const rows: Row[] = [];
    for (i += 2; (lines[i] ?? '').startsWith('|'); i++) {
      const values = cells(lines[i] ?? '');
      rows.push(Object.fromEntries(headings.map((name, index) => [name, values[index] ?? ''])));
    }
    tables.set(section, rows);
  }
  return tables;
}

/** A table cell as a number ("2,392 (old county area)" → 2392, "70.8 ¹" → 70.8), or null for "–", "n/a ²", "not published". */
export function cellFigure(cell: string): number | null {
  const match = /^(\d[\d,]*(?:\.\d+)?)(?:\s|$)/.exec(cell.trim());
  return match ? Number((match[1] ?? '').replaceAll(',', '')) : null;
}

/** Which facts-sheet table and columns each measure copies. A new measure must be added here, or the test fails. */
const sourceColumns: Record<string, { section: string; period: string; local: string; england: string }> = {
  'ehc-plans-within-20-weeks': { section: '2a', period: 'Year', local: 'Dorset excl. %', england: 'England excl. %' },
  'ehc-plans-within-20-weeks-all-plans': {
    section: '2a',
    period: 'Year',
    local: 'Dorset incl. %',
    england: 'England incl. %',
  },
  'ehc-plans-in-place': { section: '2b', period: 'January', local: 'Dorset EHC plans', england: 'England EHC plans' },
  'statements-changed-into-plans': {
    section: '2c',
    period: 'Calendar year',
    local: 'Dorset: statements transferred to an EHC plan',
    england: 'England: transferred',
  },
  'requests-for-assessment': { section: '2d', period: 'Year', local: 'Dorset requests', england: 'England requests' },
  'requests-refused': { section: '2d', period: 'Year', local: 'Dorset % refused/not assessed', england: 'England %' },
  'tribunal-appeal-rate': { section: '2f', period: 'Year', local: 'Dorset rate %', england: 'England rate %' },
};

const tables = tablesBySection(factsSheet);
const measures = await getCollection('measures');

describe('reading the facts sheet', () => {
  it('finds the tables of section 2 with their columns', () => {
    expect(tables.get('2a')?.map((row) => row['Year'])).toEqual([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(tables.get('2f')?.[0]).toMatchObject({ Year: '2014', 'Dorset rate %': '1.3' });
  });

  it('reads figures with footnotes, commas and remarks, and treats dashes and "n/a" as no figure', () => {
    expect(cellFigure('70.8 ¹')).toBe(70.8);
    expect(cellFigure('2,392 (old county area)')).toBe(2392);
    expect(cellFigure('0')).toBe(0);
    expect(cellFigure('n/a ²')).toBeNull();
    expect(cellFigure('– (0 plans)')).toBeNull();
    expect(cellFigure('not published in file')).toBeNull();
  });
});

describe('every figure in content/measures matches the facts sheet', () => {
  it('knows which table every measure comes from', () => {
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.map((m) => m.id).filter((id) => !(id in sourceColumns))).toEqual([]);
  });

  describe.each(measures.map((measure) => [measure.id, measure] as const))('%s', (id, measure) => {
    const columns = sourceColumns[id];
    const rows = columns ? (tables.get(columns.section) ?? []) : [];
    const periods = measure.data.points.map((point) => point.period);
    const rowFor = (period: number) => rows.find((row) => cellFigure(row[columns?.period ?? ''] ?? '') === period);

    it('has a point for every year of the table in its range, and no year the table lacks', () => {
      const first = Math.min(...periods);
      const last = Math.max(...periods);
      const tableYears = rows
        .map((row) => cellFigure(row[columns?.period ?? ''] ?? ''))
        .filter((year): year is number => year !== null && year >= first && year <= last);
      expect(periods).toEqual(tableYears);
    });

    it('copies each local and England figure exactly, with no figure where the table has none', () => {
      const fromContent = measure.data.points.map((point) => ({
        period: point.period,
        local: point.value,
        england: point.england ?? null,
      }));
      const fromSheet = periods.map((period) => {
        const row = rowFor(period) ?? {};
        return {
          period,
          local: cellFigure(row[columns?.local ?? ''] ?? ''),
          england: cellFigure(row[columns?.england ?? ''] ?? ''),
        };
      });
      expect(fromContent).toEqual(fromSheet);
    });
  });
});

describe("no number in a measure's words is made up", () => {
  // Prose is not in the tables, so each number in it must at least appear, as written, somewhere in the facts sheet.
  const numbersIn = (text: string) => text.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? [];

  it.each(measures.map((measure) => [measure.id, measure] as const))('%s', (_, measure) => {
    const { description, valuePhrase, notes, breaks, points, target } = measure.data;
    const words = [
      description,
      valuePhrase,
      ...notes,
      ...breaks.map((b) => `${b.label} ${b.note}`),
      ...points.map((p) => p.note ?? ''),
      target?.description ?? '',
    ];
    const unknown = words.flatMap(numbersIn).filter((number) => !factsSheet.includes(number));
    expect(unknown).toEqual([]);
  });
});
