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

/**
 * Break notes that more than one of `measures` shares, in first-seen order: a page with several figures
 * says each of them once, above the figures, instead of in every summary.
 */
export function sharedBreakNotes(measures: readonly MeasureLike[]): Array<{ label: string; note: string }> {
  const seen = new Map<string, { label: string; note: string; count: number }>();
  for (const measure of measures) {
    for (const note of new Set(measure.data.breaks.map((item) => item.note))) {
      const label = measure.data.breaks.find((item) => item.note === note)?.label ?? '';
      const entry = seen.get(note) ?? { label, note, count: 0 };
      entry.count += 1;
      seen.set(note, entry);
    }
  }
  return [...seen.values()].filter((entry) => entry.count > 1).map(({ label, note }) => ({ label, note }));
}
