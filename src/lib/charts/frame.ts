import { estimateTextWidth } from './text-width.ts';
import type { ChartFrame } from './types.ts';

/**
 * Sizes in viewBox units. The chart is drawn 420 wide: shown 288 px wide on a 320 px phone,
 * 18-unit tick labels are 12.3 px and 16-unit titles 11 px; at its widest (30em) they are about 20 px.
 */
export const chartLayout = {
  width: 420,
  height: 300,
  fontSize: 18,
  smallFontSize: 16,
  padding: 4,
  tickLength: 6,
  /** The least space between two labels on the horizontal axis. */
  labelGap: 8,
  /** Share of each category's width that bars fill. */
  barFill: 0.7,
} as const;

/**
 * Where the plot sits: the vertical axis title on its own row above it (never rotated, so it reads
 * on a phone), a second row for break labels if there are breaks, and room on the left for the widest tick label.
 */
export function chartFrame(tickLabels: readonly string[], hasBreaks: boolean): ChartFrame {
  const { width, height, fontSize, smallFontSize, padding, tickLength } = chartLayout;
  const rowHeight = smallFontSize * 1.35;
  const yTitleBaseline = padding + smallFontSize;
  const breakBaseline = yTitleBaseline + rowHeight;
  const xTitleBaseline = height - padding;
  const xLabelBaseline = xTitleBaseline - rowHeight - 2;
  return {
    left: padding + Math.max(0, ...tickLabels.map((label) => estimateTextWidth(label, fontSize))) + tickLength + 4,
    top: (hasBreaks ? breakBaseline : yTitleBaseline) + smallFontSize * 0.75,
    right: width - padding * 3,
    bottom: xLabelBaseline - fontSize * 0.8 - tickLength - 2,
    yTitleBaseline,
    breakBaseline,
    xLabelBaseline,
    xTitleBaseline,
  };
}
