import { estimateTextWidth } from './text-width.ts';
import type { ChartText, SeriesGeometry } from './types.ts';

/** Which category labels to show: every `step`th, counted back from the latest so the newest is always labelled. */
export function labelledCategories(
  categories: readonly string[],
  slotWidth: number,
  fontSize: number,
  gap: number,
): boolean[] {
  const widest = Math.max(0, ...categories.map((label) => estimateTextWidth(label, fontSize)));
  const step = Math.max(1, Math.ceil((widest + gap) / slotWidth));
  return categories.map((_, index) => (categories.length - 1 - index) % step === 0);
}

/** The longest stretch of [from, to] not covered by any of `taken`. */
export function largestFreeSpan(
  from: number,
  to: number,
  taken: ReadonlyArray<readonly [number, number]>,
): [number, number] {
  const sorted = [...taken].sort((a, b) => a[0] - b[0]);
  let best: [number, number] = [from, from];
  let cursor = from;
  for (const [start, end] of [...sorted, [to, to] as const]) {
    const gapEnd = Math.min(start, to);
    if (gapEnd - cursor > best[1] - best[0]) best = [cursor, gapEnd];
    cursor = Math.max(cursor, end);
  }
  return best;
}

/** A rectangle in the viewBox: [left, top, right, bottom]. */
export type Box = readonly [number, number, number, number];

/** The box a horizontal label covers. */
export function textBox(label: ChartText, fontSize: number): Box {
  const width = estimateTextWidth(label.text, fontSize);
  const left = label.anchor === 'end' ? label.x - width : label.anchor === 'middle' ? label.x - width / 2 : label.x;
  return [left, label.y - fontSize, left + width, label.y + fontSize * 0.3];
}

/** Whether two boxes overlap, allowing `margin` around the first. */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a[0] - margin < b[2] && b[0] < a[2] + margin && a[1] - margin < b[3] && b[1] < a[3] + margin;
}

/** The boxes data covers: a square round each marker, and each bar. */
export function dataBoxes(series: readonly SeriesGeometry[]): Box[] {
  return series.flatMap((item) => [
    ...item.markers.map((m): Box => [m.x - 7, m.y - 7, m.x + 7, m.y + 7]),
    ...item.bars.map((b): Box => [b.x, b.y, b.x + b.width, b.y + b.height]),
  ]);
}

/** The first candidate label that covers the fewest boxes; earlier candidates win ties. */
export function leastCovering(
  candidates: readonly ChartText[],
  fontSize: number,
  obstacles: readonly Box[],
): ChartText {
  const cost = (label: ChartText) => obstacles.filter((box) => overlaps(textBox(label, fontSize), box, 2)).length;
  return candidates.reduce((best, next) => (cost(next) < cost(best) ? next : best));
}
