import { formatPeriod, formatValue } from './format.ts';
import type { MeasureLike } from './measure.ts';

/** One row of a measure's table, as text ready to show. */
export interface TableRow {
  period: string;
  local: string;
  england: string;
  note: string;
}

/** Shown in a cell with no figure, so an empty cell is never mistaken for zero. */
export const noFigure = 'No figure';

/** A measure's figures as table rows, oldest first, in the same words as the chart and summary. */
export function tableRows(measure: MeasureLike): TableRow[] {
  const { points, unit, timing, breaks } = measure.data;
  const show = (value: number | null | undefined) =>
    value === null || value === undefined ? noFigure : formatValue(value, unit);
  return points.map((point, index) => {
    const breakBefore = breaks.find((item) => points[index - 1]?.period === item.after);
    return {
      period: formatPeriod(point.period, timing),
      local: show(point.value),
      england: show(point.england),
      note: [breakBefore && `${breakBefore.label}: ${breakBefore.note}`, point.note].filter(Boolean).join(' '),
    };
  });
}
