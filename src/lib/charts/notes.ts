import { formatPeriod } from './format.ts';
import type { MeasureLike } from './measure.ts';

/** Every caveat on a measure, in reading order: the whole series first, then breaks, then single periods. */
export function measureNotes(measure: MeasureLike): string[] {
  const { notes, points, breaks, timing } = measure.data;
  return [
    ...notes,
    ...breaks.map((item) => `${item.label} after ${formatPeriod(item.after, timing)}: ${item.note}`),
    ...points.flatMap((point) => (point.note ? [`${formatPeriod(point.period, timing)}: ${point.note}`] : [])),
  ];
}
