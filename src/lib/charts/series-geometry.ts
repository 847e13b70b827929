import type { LinearScale } from './scale.ts';
import type { ChartPoint, ChartSeriesInput, SeriesGeometry } from './types.ts';

/** Splits values into runs of positions, ending a run at a missing value or after any index in `breakAfter`. */
export function runs(
  values: ReadonlyArray<number | null>,
  breakAfter: ReadonlySet<number>,
  toPoint: (value: number, index: number) => ChartPoint,
): ChartPoint[][] {
  const result: ChartPoint[][] = [];
  let current: ChartPoint[] = [];
  values.forEach((value, index) => {
    if (value !== null) current.push(toPoint(value, index));
    if (value === null || breakAfter.has(index)) {
      if (current.length > 0) result.push(current);
      current = [];
    }
  });
  if (current.length > 0) result.push(current);
  return result;
}

/** How the categories sit along the horizontal axis. */
export interface Bands {
  /** The middle of category `index`. */
  centre: (index: number) => number;
  /** The width each category gets. */
  slot: number;
  /** Share of the slot that bars fill. */
  barFill: number;
  bottom: number;
}

/** Lines and markers (line chart) or bars (bar chart) for every series. Bars for several series sit side by side. */
export function seriesGeometry(
  kind: 'line' | 'bar',
  inputs: readonly ChartSeriesInput[],
  y: LinearScale,
  bands: Bands,
  breakAfter: ReadonlySet<number>,
): SeriesGeometry[] {
  const barWidth = (bands.slot * bands.barFill) / Math.max(1, inputs.length);
  return inputs.map((item, seriesIndex) => {
    const point = (value: number, index: number) => ({ x: bands.centre(index), y: y(value) });
    const present = item.values.flatMap((value, index) => (value === null ? [] : [{ ...point(value, index), value }]));
    const common = { id: item.id, label: item.label, style: item.style };
    if (kind === 'bar') {
      const offset = -(bands.slot * bands.barFill) / 2 + barWidth * seriesIndex;
      const bars = present.map((p) => ({
        x: p.x + offset,
        y: p.y,
        width: barWidth,
        height: bands.bottom - p.y,
        value: p.value,
      }));
      return { ...common, lines: [], markers: [], bars };
    }
    return {
      ...common,
      lines: runs(item.values, item.splitAtBreaks ? breakAfter : new Set(), point),
      markers: present,
      bars: [],
    };
  });
}
