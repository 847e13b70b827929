import type { MeasureTiming, MeasureUnit } from '../../schemas/measure.ts';

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
// DfE publishes these percentages to one decimal place, so we show them the same way and never round them further.
const onePlace = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A figure as it appears in sentences and tables: "60.2%" or "4,333". */
export function formatValue(value: number, unit: MeasureUnit): string {
  return unit === 'percent' ? `${onePlace.format(value)}%` : wholeNumber.format(value);
}

/** An axis tick: as few decimals as the step needs ("0%", "0.5%", "200,000"). */
export function formatTick(value: number, unit: MeasureUnit): string {
  const text = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
  return unit === 'percent' ? `${text}%` : text;
}

/** A period as a family would say it: "2019" or "January 2019". */
export function formatPeriod(period: number, timing: MeasureTiming): string {
  return timing === 'january' ? `January ${period}` : String(period);
}

/** The horizontal axis title for a timing. */
export function periodAxisTitle(timing: MeasureTiming): string {
  return timing === 'january' ? 'Count taken in January of each year' : 'Calendar year';
}

/** The heading of the period column in tables and downloads, whose cells are written by formatPeriod. */
export function periodColumnTitle(timing: MeasureTiming): string {
  return timing === 'january' ? 'Count taken in' : 'Calendar year';
}
