import type { MeasureDirection, MeasureTiming, MeasureUnit } from '../../schemas/measure.ts';
import { formatPeriod, formatTick, periodAxisTitle, unitRules } from './format.ts';
import type { ChartInput } from './types.ts';
import { palette } from './palette.ts';

/** One period's figures. `value` is the local area's; null means there is no figure (the note says why). */
export interface MeasurePoint {
  period: number;
  value: number | null;
  england?: number | null | undefined;
  note?: string | undefined;
}

/** The parts of a measure entry that charts, tables, summaries and downloads use. */
export interface MeasureLike {
  id: string;
  data: {
    title: string;
    valuePhrase: string;
    axisLabel: string;
    unit: MeasureUnit;
    timing: MeasureTiming;
    betterWhen: MeasureDirection;
    order: number;
    areas: ReadonlyArray<{ id: string }>;
    target?: { value: number; description: string } | undefined;
    points: readonly MeasurePoint[];
    breaks: ReadonlyArray<{ after: number; label: string; note: string }>;
    notes: readonly string[];
  };
}

/** One chart to draw for a measure, with the words that name it. */
export interface MeasureChart {
  /** Distinguishes the charts of one measure in element ids: "local" or "england". */
  key: 'local' | 'england';
  /** The SVG's accessible title. */
  title: string;
  input: ChartInput;
}

/** The name of the comparison series. DfE compares every council in England with England as a whole. */
export const comparisonName = 'England';

/** Whether any point has an England figure. */
export function hasComparison(measure: MeasureLike): boolean {
  return measure.data.points.some((point) => point.england !== undefined && point.england !== null);
}

/** "2015 to 2024" or "January 2016 to January 2025". */
export function periodRange(measure: MeasureLike): string {
  const { points, timing } = measure.data;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  return first === last
    ? formatPeriod(first.period, timing)
    : `${formatPeriod(first.period, timing)} to ${formatPeriod(last.period, timing)}`;
}

/**
 * The charts for a measure, drawn as its unit's rule says (unitRules): percentages share one axis, so the local
 * area and England are one line chart; counts do not (England's are a hundred times larger, which would flatten
 * the local bars to nothing), so each gets its own bar chart with its own scale.
 */
export function chartsForMeasure(measure: MeasureLike, areaName: string): MeasureChart[] {
  const { points, unit, timing, target, breaks, axisLabel, title } = measure.data;
  const categories = points.map((point) => String(point.period));
  const local = {
    id: 'local',
    label: areaName,
    style: palette.local,
    values: points.map((p) => p.value),
    splitAtBreaks: true,
  };
  const england = {
    id: 'england',
    label: comparisonName,
    style: palette.comparison,
    values: points.map((p) => p.england ?? null),
    splitAtBreaks: false,
  };
  const base = {
    unit,
    categories,
    xTitle: periodAxisTitle(timing),
    yTitle: axisLabel,
    breaks: breaks.map((item) => ({ afterIndex: points.findIndex((p) => p.period === item.after), label: item.label })),
    target: target && { value: target.value, label: `Target: ${formatTick(target.value, unit)}` },
  };
  const range = periodRange(measure);
  if (unitRules[unit].chart === 'line') {
    const series = hasComparison(measure) ? [local, england] : [local];
    const names = series.map((s) => s.label).join(' and ');
    return [{ key: 'local', title: `${title}: ${names}, ${range}`, input: { ...base, kind: 'line', series } }];
  }
  const charts: MeasureChart[] = [
    { key: 'local', title: `${title}: ${areaName}, ${range}`, input: { ...base, kind: 'bar', series: [local] } },
  ];
  if (hasComparison(measure)) {
    // England's figures are not affected by a local boundary change, and no local target applies to them.
    charts.push({
      key: 'england',
      title: `${title}: ${comparisonName}, ${range}`,
      input: { ...base, kind: 'bar', series: [england], breaks: [], target: undefined },
    });
  }
  return charts;
}

/** Measures that belong to one priority area, in their set order. */
export function measuresForArea<T extends MeasureLike>(measures: readonly T[], areaId: string): T[] {
  return inOrder(measures.filter((measure) => measure.data.areas.some((area) => area.id === areaId)));
}

/** Measures in their set order, then by id so the order never changes between builds. */
export function inOrder<T extends MeasureLike>(measures: readonly T[]): T[] {
  return [...measures].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
