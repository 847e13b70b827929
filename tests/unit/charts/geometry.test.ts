import { describe, expect, it } from 'vitest';
import { chartLayout } from '../../../src/lib/charts/frame.ts';
import { buildChart } from '../../../src/lib/charts/geometry.ts';
import { chartsForMeasure } from '../../../src/lib/charts/measure.ts';
import { labelledCategories, largestFreeSpan, textBox, overlaps } from '../../../src/lib/charts/placement.ts';
import { estimateTextWidth } from '../../../src/lib/charts/text-width.ts';
import type { ChartGeometry } from '../../../src/lib/charts/types.ts';
import { sampleCount, sampleMeasure } from './sample-measures.ts';

const lineChart = () => buildChart((chartsForMeasure(sampleMeasure(), 'Dorset')[0] ?? raise()).input);
function raise(): never {
  throw new Error('expected a chart');
}
const series = (chart: ChartGeometry, id: string) => chart.series.find((s) => s.id === id) ?? raise();

describe('chart scales and ticks', () => {
  it('puts zero on the horizontal axis and the top tick at the top of the plot', () => {
    const chart = lineChart();
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(chart.yTicks[0]?.y).toBe(chart.plot.bottom);
    expect(chart.yTicks.at(-1)?.y).toBeCloseTo(chart.plot.top);
  });

  it('labels vertical ticks in the unit', () => {
    expect(lineChart().yTicks.map((tick) => tick.label.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    const counts = buildChart(
      (
        chartsForMeasure(
          sampleCount([
            [2024, 3916, 576_474],
            [2025, 4333, 638_745],
          ]),
          'Dorset',
        )[1] ?? raise()
      ).input,
    );
    expect(counts.yTicks.map((tick) => tick.label.text)).toEqual(['0', '200,000', '400,000', '600,000', '800,000']);
  });

  it('places a value in proportion between the ticks', () => {
    const chart = lineChart();
    const marker = series(chart, 'local').markers.find((m) => m.value === 40.9) ?? raise();
    const { top, bottom } = chart.plot;
    expect(marker.y).toBeCloseTo(bottom - (bottom - top) * 0.409);
  });

  it('spaces the periods evenly, one tick each, the first and last half a step in from the ends', () => {
    const chart = lineChart();
    const xs = chart.xTicks.map((tick) => tick.x);
    const step = (chart.plot.right - chart.plot.left) / 5;
    expect(xs).toHaveLength(5);
    xs.forEach((x, index) => expect(x).toBeCloseTo(chart.plot.left + step * (index + 0.5)));
  });

  it('leaves room on the left for the widest tick label', () => {
    const chart = lineChart();
    for (const tick of chart.yTicks) expect(textBox(tick.label, chart.fontSize)[0]).toBeGreaterThanOrEqual(0);
  });
});

describe('series breaks and missing figures', () => {
  it('draws the break halfway between the last period before it and the first after it', () => {
    const chart = lineChart();
    const [before, after] = [chart.xTicks[1]?.x ?? 0, chart.xTicks[2]?.x ?? 0];
    expect(chart.breaks).toHaveLength(1);
    expect(chart.breaks[0]?.x).toBeCloseTo((before + after) / 2);
    expect(chart.breaks[0]?.label.text).toBe('Boundary change');
  });

  it('does not join the local line across the break, nor across a missing figure', () => {
    const local = series(lineChart(), 'local');
    expect(local.lines.map((line) => line.length)).toEqual([2, 2]);
    expect(local.markers.map((m) => m.value)).toEqual([8.5, 40.9, 91.0, 79.9]);
  });

  it("keeps England's line whole, because England's area did not change", () => {
    expect(series(lineChart(), 'england').lines.map((line) => line.length)).toEqual([5]);
  });

  it('writes "No figure" in the gap, so a missing figure never looks like zero', () => {
    const chart = lineChart();
    expect(chart.missing).toHaveLength(1);
    expect(chart.missing[0]?.text).toBe('No figure');
    expect(chart.missing[0]?.x).toBeCloseTo((chart.xTicks[4]?.x ?? 0) + chart.smallFontSize * 0.35);
  });

  it('keeps the gap note clear of the England marker in the same year', () => {
    const chart = lineChart();
    const note = chart.missing[0] ?? raise();
    const england = series(chart, 'england').markers.at(-1) ?? raise();
    const noteTop = note.y - estimateTextWidth(note.text, chart.smallFontSize);
    expect(england.y > note.y || england.y < noteTop).toBe(true);
  });
});

describe('target line', () => {
  it('is drawn at the target value and labelled with it', () => {
    const chart = lineChart();
    expect(chart.target?.y).toBeCloseTo(chart.plot.top);
    expect(chart.target?.label.text).toBe('Target: 100%');
  });

  it('puts its label where it covers no data and no gap note', () => {
    const chart = lineChart();
    const label = textBox(chart.target?.label ?? raise(), chart.smallFontSize);
    const markers = chart.series.flatMap((s) => s.markers);
    for (const m of markers) expect(overlaps(label, [m.x - 5, m.y - 5, m.x + 5, m.y + 5])).toBe(false);
    for (const note of chart.missing)
      expect(overlaps(label, [note.x - 16, chart.plot.top, note.x, note.y])).toBe(false);
  });
});

describe('bar charts for counts', () => {
  const measure = sampleCount([
    [2016, 192, 74_209],
    [2017, 805, 175_233],
    [2018, null, 285_722],
  ]);
  const charts = chartsForMeasure(measure, 'Dorset').map((chart) => ({ ...chart, geometry: buildChart(chart.input) }));

  it('draws the local area and England as separate charts, each on its own scale', () => {
    expect(charts.map((chart) => chart.key)).toEqual(['local', 'england']);
    expect(charts[0]?.geometry.yTicks.at(-1)?.value).toBe(1000);
    expect(charts[1]?.geometry.yTicks.at(-1)?.value).toBe(300_000);
  });

  it('makes each bar as tall as its value and stands it on the axis', () => {
    const chart = charts[0]?.geometry ?? raise();
    const [first, second] = series(chart, 'local').bars;
    expect(first?.y).toBeCloseTo(chart.plot.bottom - (chart.plot.bottom - chart.plot.top) * 0.192);
    expect((first?.y ?? 0) + (first?.height ?? 0)).toBeCloseTo(chart.plot.bottom);
    expect((second?.height ?? 0) / (first?.height ?? 1)).toBeCloseTo(805 / 192);
  });

  it('draws no bar and writes "No figure" where there is none', () => {
    const chart = charts[0]?.geometry ?? raise();
    expect(series(chart, 'local').bars).toHaveLength(2);
    expect(chart.missing.map((note) => note.text)).toEqual(['No figure']);
  });
});

describe('readable at 320 px wide', () => {
  // A 320 px phone leaves about 288 px for the chart after GOV.UK's 15 px page margins and 1 px borders.
  const phoneWidth = 288;

  it('shows the smallest text at 11 px or more', () => {
    const scale = phoneWidth / chartLayout.width;
    expect(chartLayout.smallFontSize * scale).toBeGreaterThanOrEqual(10.9);
    expect(chartLayout.fontSize * scale).toBeGreaterThanOrEqual(12);
  });

  it('thins the year labels so none overlap, always keeping the latest', () => {
    const years = Array.from({ length: 11 }, (_, index) => String(2014 + index));
    const slot = 35;
    const shown = labelledCategories(years, slot, chartLayout.fontSize, chartLayout.labelGap);
    expect(shown.at(-1)).toBe(true);
    const positions = shown.flatMap((isShown, index) => (isShown ? [index * slot] : []));
    const width = estimateTextWidth('2014', chartLayout.fontSize);
    positions
      .slice(1)
      .forEach((x, index) => expect(x - (positions[index] ?? 0)).toBeGreaterThanOrEqual(width + chartLayout.labelGap));
  });

  it('labels every year when there is room', () => {
    expect(labelledCategories(['2014', '2015'], 200, 18, 8)).toEqual([true, true]);
  });

  it('fits the longest axis title the schema allows inside the chart', () => {
    expect(estimateTextWidth('x'.repeat(36), chartLayout.smallFontSize)).toBeLessThanOrEqual(chartLayout.width - 8);
  });
});

describe('free space for labels', () => {
  it('finds the longest stretch between the things already drawn', () => {
    expect(largestFreeSpan(0, 100, [[40, 50]])).toEqual([50, 100]);
    expect(
      largestFreeSpan(0, 100, [
        [10, 20],
        [60, 70],
      ]),
    ).toEqual([20, 60]);
    expect(largestFreeSpan(0, 100, [])).toEqual([0, 100]);
  });
});
