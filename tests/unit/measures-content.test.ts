import { getCollection, getEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { measureCsv } from '../../src/lib/charts/csv.ts';
import { chartLayout } from '../../src/lib/charts/frame.ts';
import { formatPeriod } from '../../src/lib/charts/format.ts';
import { summariseMeasure } from '../../src/lib/charts/summary.ts';
import { estimateTextWidth } from '../../src/lib/charts/text-width.ts';
import { siteConfig } from '../../src/site.config.ts';
import { parseCsv } from './charts/read-csv.ts';

const measures = await getCollection('measures');
const measure = (id: string) => measures.find((m) => m.id === id) ?? expect.unreachable(`no measure ${id}`);

describe('measures in content/measures', () => {
  it('name only priority areas that exist', async () => {
    const dangling = [];
    for (const item of measures) {
      for (const area of item.data.areas) {
        const entry = await getEntry(area);
        if (!entry || entry.data.type !== 'priority-area') dangling.push(`${item.id} → ${area.id}`);
      }
    }
    expect(dangling, 'measures naming a priority area that is not in content/statement').toEqual([]);
  });

  // Dorset's figures changed area on 1 April 2019 (LA 835 to LA 838): calendar-year figures change between 2018 and 2019,
  // January counts between January 2019 (still the old county) and January 2020.
  it.each(measures.map((m) => [m.id, m] as const))(
    '%s marks the 2019 boundary change if its figures span it',
    (_, item) => {
      const lastOldYear = item.data.timing === 'january' ? 2019 : 2018;
      const periods = item.data.points.map((point) => point.period);
      const spans = periods.includes(lastOldYear) && periods.includes(lastOldYear + 1);
      expect(item.data.breaks.some((b) => b.after === lastOldYear)).toBe(spans);
    },
  );

  it.each(measures.map((m) => [m.id, m] as const))('%s has an axis title that fits above the chart', (_, item) => {
    expect(estimateTextWidth(item.data.axisLabel, chartLayout.smallFontSize)).toBeLessThanOrEqual(
      chartLayout.width - 2 * chartLayout.padding,
    );
  });

  it.each(measures.map((m) => [m.id, m] as const))(
    '%s: the CSV download holds exactly the figures in the file',
    (_, item) => {
      const [, ...rows] = parseCsv(measureCsv(item, siteConfig.areaName));
      const figure = (cell: string | undefined) => (cell === '' || cell === undefined ? null : Number(cell));
      expect(
        rows.map((row) => ({
          period: row[0],
          value: figure(row[1]),
          england: figure(row[2]),
          note: row[3] || undefined,
        })),
      ).toEqual(
        item.data.points.map((point) => ({
          period: formatPeriod(point.period, item.data.timing),
          value: point.value,
          england: point.england ?? null,
          note: point.note,
        })),
      );
    },
  );
});

describe('summaries of the real figures', () => {
  it('explains the missing 2024 figure that leaves exceptions out', () => {
    expect(summariseMeasure(measure('ehc-plans-within-20-weeks'), 'Dorset')).toMatchInlineSnapshot(
      `"In 2023, 60.2% of new EHC plans in Dorset were issued within 20 weeks, down from 62.3% in 2022. England: 50.3%. There is no Dorset figure for 2024: the notes say why. Higher is better. The target is 100%: every new plan within 20 weeks, as the statement of action promised. The highest was 91.0% in 2019, and the lowest was 1.9% in 2016. The Dorset figures have a break between 2018 and 2019. Up to 2018 the figures are for the old Dorset County Council area, which included Christchurch. From 2019 they are for Dorset Council, which does not."`,
    );
  });

  it('gives the like-for-like 2024 comparison, including exceptions', () => {
    expect(summariseMeasure(measure('ehc-plans-within-20-weeks-all-plans'), 'Dorset')).toMatchInlineSnapshot(
      `"In 2024, 49.1% of all new EHC plans in Dorset, including those with an exception, were issued within 20 weeks, down from 60.2% in 2023. England: 45.9%. Higher is better. The highest was 91.0% in 2019, and the lowest was 1.9% in 2016. The Dorset figures have a break between 2018 and 2019. Up to 2018 the figures are for the old Dorset County Council area, which included Christchurch. From 2019 they are for Dorset Council, which does not."`,
    );
  });

  it('counts plans in place in January', () => {
    expect(summariseMeasure(measure('ehc-plans-in-place'), 'Dorset')).toMatchInlineSnapshot(
      `"In January 2025, 4,333 children and young people in Dorset had an EHC plan, up from 3,916 in January 2024. England: 638,745. It has gone up every year since January 2016, when it was 192. The Dorset figures have a break between January 2019 and January 2020. Up to January 2019 the figures are for the old Dorset County Council area, which included Christchurch. From January 2020 they are for Dorset Council, which does not."`,
    );
  });
});
