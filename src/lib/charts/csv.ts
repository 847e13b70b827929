import { toCsv } from '../csv.ts';
import { formatPeriod, periodColumnTitle, unitRules } from './format.ts';
import { comparisonName, hasComparison, type MeasureLike } from './measure.ts';

/** The column headings of a measure's download, in order. */
export function csvHeadings(measure: MeasureLike, areaName: string): string[] {
  const unit = unitRules[measure.data.unit].csvUnit;
  return [
    periodColumnTitle(measure.data.timing),
    `${areaName} (${unit})`,
    ...(hasComparison(measure) ? [`${comparisonName} (${unit})`] : []),
    'Note',
    ...(measure.data.breaks.length > 0 ? ['Break before this year'] : []),
  ];
}

/**
 * A measure's figures as CSV: one row per period, written as the table writes it ("2019", or
 * "January 2019" for a count taken in January), the same numbers as the content file, unrounded,
 * with an empty cell where there is no figure. Written by the site's one CSV writer (src/lib/csv.ts).
 */
export function measureCsv(measure: MeasureLike, areaName: string): string {
  const { points, breaks, timing } = measure.data;
  const breakBefore = new Map(
    breaks.map((item) => [points[points.findIndex((point) => point.period === item.after) + 1]?.period, item.note]),
  );
  const rows = points.map((point) => [
    formatPeriod(point.period, timing),
    point.value,
    ...(hasComparison(measure) ? [point.england] : []),
    point.note,
    ...(breaks.length > 0 ? [breakBefore.get(point.period)] : []),
  ]);
  return toCsv([csvHeadings(measure, areaName), ...rows]);
}
