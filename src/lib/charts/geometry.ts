import { formatTick, unitRules } from './format.ts';
import { chartFrame, chartLayout } from './frame.ts';
import { dataBoxes, labelledCategories, largestFreeSpan, leastCovering, textBox, type Box } from './placement.ts';
import { linearScale, niceTicks } from './scale.ts';
import { seriesGeometry } from './series-geometry.ts';
import { estimateTextWidth } from './text-width.ts';
import type { ChartGeometry, ChartInput, ChartText } from './types.ts';

export type { ChartGeometry, ChartInput, ChartText } from './types.ts';

/** Lays out a line or bar chart: scales, ticks, lines or bars, target, breaks, gaps and axis titles. */
export function buildChart(input: ChartInput): ChartGeometry {
  const { width, height, fontSize, smallFontSize, padding, tickLength, labelGap, barFill } = chartLayout;
  const values = input.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const tickValues = niceTicks(Math.max(0, ...values, input.target?.value ?? 0), 5, unitRules[input.unit].axisCeiling);
  const tickLabels = tickValues.map((value) => formatTick(value, input.unit));
  const frame = chartFrame(tickLabels, input.breaks.length > 0);
  const { left, top, right, bottom } = frame;

  const y = linearScale([0, tickValues.at(-1) ?? 1], [bottom, top]);
  const slot = (right - left) / Math.max(1, input.categories.length);
  const centre = (index: number) => left + slot * (index + 0.5);
  const shown = labelledCategories(input.categories, slot, fontSize, labelGap);
  const xTicks = input.categories.map((text, index) => ({
    x: centre(index),
    label: shown[index] ? { x: centre(index), y: frame.xLabelBaseline, text, anchor: 'middle' as const } : undefined,
  }));
  const yTicks = tickValues.map((value, index) => ({
    y: y(value),
    value,
    label: {
      x: left - tickLength - 4,
      y: y(value) + fontSize * 0.35,
      text: tickLabels[index] ?? '',
      anchor: 'end' as const,
    },
  }));

  const breakAfter = new Set(input.breaks.map((item) => item.afterIndex));
  const series = seriesGeometry(input.kind, input.series, y, { centre, slot, barFill, bottom }, breakAfter);
  const gaps = input.categories.flatMap((_, index) =>
    input.series.some((item) => item.values[index] === null) ? [index] : [],
  );
  // A gap note runs up its whole column, so other labels keep out of gap columns.
  const gapColumns = gaps.map((index): Box => [centre(index) - 10, top, centre(index) + 10, bottom]);

  let target: ChartGeometry['target'];
  if (input.target) {
    const targetY = y(input.target.value);
    // Above the line unless that would leave the plot, then just below it; at whichever end covers least.
    const labelY = targetY - 6 - smallFontSize >= top ? targetY - 6 : targetY + smallFontSize + 2;
    const text = input.target.label;
    const candidates: ChartText[] = [
      { x: right, y: labelY, text, anchor: 'end' },
      { x: left + 4, y: labelY, text, anchor: 'start' },
    ];
    target = { y: targetY, label: leastCovering(candidates, smallFontSize, [...dataBoxes(series), ...gapColumns]) };
  }

  const missing = gaps.map((index): ChartText => {
    const x = centre(index);
    const inColumn = (box: Box) => box[0] < x + 10 && x - 10 < box[2];
    const taken = [
      ...dataBoxes(series),
      ...(target ? [textBox(target.label, smallFontSize), [left, target.y - 4, right, target.y + 4] as const] : []),
    ]
      .filter(inColumn)
      .map((box): [number, number] => [box[1] - 4, box[3] + 4]);
    const span = largestFreeSpan(top, bottom - 4, taken);
    // Upright, reading bottom to top, so it fits in one category's width; nudged right so the glyphs centre on the category.
    return { x: x + smallFontSize * 0.35, y: span[1] - 4, text: 'No figure', anchor: 'start' };
  });

  const breaks = input.breaks.map((item) => {
    const x = left + slot * (item.afterIndex + 1);
    const half = estimateTextWidth(item.label, smallFontSize) / 2;
    return {
      x,
      label: {
        x: Math.min(Math.max(x, padding + half), width - padding - half),
        y: frame.breakBaseline,
        text: item.label,
        anchor: 'middle' as const,
      },
    };
  });

  return {
    width,
    height,
    fontSize,
    smallFontSize,
    plot: { left, top, right, bottom },
    xTicks,
    yTicks,
    series,
    missing,
    target,
    breaks,
    xTitle: { x: (left + right) / 2, y: frame.xTitleBaseline, text: input.xTitle, anchor: 'middle' },
    yTitle: { x: padding, y: frame.yTitleBaseline, text: input.yTitle, anchor: 'start' },
  };
}
