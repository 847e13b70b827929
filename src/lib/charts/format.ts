import type { MeasureTiming, MeasureUnit } from '../../schemas/measure.ts';

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
// DfE publishes these percentages to one decimal place, so we show them the same way and never round them further.
const onePlace = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** How figures of one unit are written and drawn. */
interface UnitRule {
  /** A figure in sentences and tables. */
  value: (value: number) => string;
  /** Written straight after an axis tick or a target: "%", or nothing. */
  suffix: string;
  /** Written after the area's name in a table's column heading: " (%)"; counts need none. */
  columnSuffix: string;
  /** In brackets after the area's name in a download's column heading. */
  csvUnit: string;
  /** The highest an axis ever needs to go. */
  axisCeiling: number;
  /** 'line': the local area and England share one chart; 'bar': each gets its own, with its own scale. */
  chart: 'line' | 'bar';
}

/**
 * Each unit the schema allows (src/schemas/measure.ts), the one place that says how it is written and drawn:
 * add a unit there and TypeScript asks for it here.
 */
export const unitRules: Record<MeasureUnit, UnitRule> = {
  percent: {
    value: (value) => `${onePlace.format(value)}%`,
    suffix: '%',
    columnSuffix: ' (%)',
    csvUnit: '%',
    axisCeiling: 100,
    chart: 'line',
  },
  count: {
    value: (value) => wholeNumber.format(value),
    suffix: '',
    columnSuffix: '',
    csvUnit: 'number',
    axisCeiling: Number.POSITIVE_INFINITY,
    // England's counts are a hundred times larger: on one scale they would flatten the local bars to nothing.
    chart: 'bar',
  },
};

/** How the periods of one timing are written. */
interface TimingRule {
  /** A period as a family would say it. */
  period: (period: number) => string;
  /** The horizontal axis title. */
  axisTitle: string;
  /** The heading of the period column in tables and downloads. */
  columnTitle: string;
}

/** Each timing the schema allows, the one place that says how its periods are written. */
const timingRules: Record<MeasureTiming, TimingRule> = {
  'calendar-year': { period: String, axisTitle: 'Calendar year', columnTitle: 'Calendar year' },
  january: {
    period: (period) => `January ${period}`,
    axisTitle: 'Count taken in January of each year',
    columnTitle: 'Count taken in',
  },
};

/** A figure as it appears in sentences and tables: "60.2%" or "4,333". */
export function formatValue(value: number, unit: MeasureUnit): string {
  return unitRules[unit].value(value);
}

/** An axis tick: as few decimals as the step needs ("0%", "0.5%", "200,000"). */
export function formatTick(value: number, unit: MeasureUnit): string {
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value)}${unitRules[unit].suffix}`;
}

/** A period as a family would say it: "2019" or "January 2019". */
export function formatPeriod(period: number, timing: MeasureTiming): string {
  return timingRules[timing].period(period);
}

/** The horizontal axis title for a timing. */
export function periodAxisTitle(timing: MeasureTiming): string {
  return timingRules[timing].axisTitle;
}

/** The heading of the period column in tables and downloads, whose cells are written by formatPeriod. */
export function periodColumnTitle(timing: MeasureTiming): string {
  return timingRules[timing].columnTitle;
}
