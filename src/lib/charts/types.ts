import type { MeasureUnit } from '../../schemas/measure.ts';
import type { SeriesStyle } from './palette.ts';

/** One series of values, one per category (null where there is no figure). */
export interface ChartSeriesInput {
  id: string;
  label: string;
  style: SeriesStyle;
  values: ReadonlyArray<number | null>;
  /** Whether this series' line stops at each break (true for the local area, false for England, whose area never changed). */
  splitAtBreaks: boolean;
}

/** Everything needed to lay out a chart; no drawing, no screen units. */
export interface ChartInput {
  kind: 'line' | 'bar';
  unit: MeasureUnit;
  /** The label under each position on the horizontal axis, in order. */
  categories: readonly string[];
  series: readonly ChartSeriesInput[];
  target?: { value: number; label: string } | undefined;
  /** A break comes between category `afterIndex` and the next one. */
  breaks: ReadonlyArray<{ afterIndex: number; label: string }>;
  xTitle: string;
  yTitle: string;
}

/** A position inside the chart's viewBox. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** A piece of text placed in the viewBox. */
export interface ChartText extends ChartPoint {
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/** One series, ready to draw. */
export interface SeriesGeometry {
  id: string;
  label: string;
  style: SeriesStyle;
  /** Connected runs of points; a run ends at a missing figure or a break. */
  lines: ChartPoint[][];
  markers: Array<ChartPoint & { value: number }>;
  bars: Array<ChartPoint & { width: number; height: number; value: number }>;
}

/** The plot area and text rows of a chart, in viewBox units. */
export interface ChartFrame {
  left: number;
  top: number;
  right: number;
  bottom: number;
  yTitleBaseline: number;
  breakBaseline: number;
  xLabelBaseline: number;
  xTitleBaseline: number;
}

/** The whole chart as plain numbers and strings: the SVG component only draws what this says. */
export interface ChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  smallFontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Array<{ x: number; label?: ChartText | undefined }>;
  yTicks: Array<{ y: number; value: number; label: ChartText }>;
  series: SeriesGeometry[];
  /** Upright notes where a figure is missing, so a gap never looks like a zero. */
  missing: ChartText[];
  target?: { y: number; label: ChartText } | undefined;
  breaks: Array<{ x: number; label: ChartText }>;
  xTitle: ChartText;
  yTitle: ChartText;
}
