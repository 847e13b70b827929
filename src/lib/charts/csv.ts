import { comparisonName, hasComparison, type MeasureLike } from './measure.ts';

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The column headings of a measure's download, in order. */
export function csvHeadings(measure: MeasureLike, areaName: string): string[] {
  const unit = measure.data.unit === 'percent' ? '%' : 'number';
  return [
    measure.data.timing === 'january' ? 'January of year' : 'Calendar year',
    `${areaName} (${unit})`,
    ...(hasComparison(measure) ? [`${comparisonName} (${unit})`] : []),
    'Note',
    ...(measure.data.breaks.length > 0 ? ['Break before this year'] : []),
  ];
}

/**
 * A measure's figures as CSV: one row per period, the same numbers as the content file, unrounded,
 * with an empty cell where there is no figure. UTF-8 without a byte order mark and CRLF line ends,
 * as the GOV.UK tabular data standard (RFC 4180) asks.
 */
export function measureCsv(measure: MeasureLike, areaName: string): string {
  const { points, breaks } = measure.data;
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  const breakBefore = new Map(
    breaks.map((item) => [points[points.findIndex((point) => point.period === item.after) + 1]?.period, item.note]),
  );
  const rows = points.map((point) => [
    String(point.period),
    number(point.value),
    ...(hasComparison(measure) ? [number(point.england)] : []),
    point.note ?? '',
    ...(breaks.length > 0 ? [breakBefore.get(point.period) ?? ''] : []),
  ]);
  return [csvHeadings(measure, areaName), ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
