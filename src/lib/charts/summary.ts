import { formatPeriod, formatTick, formatValue } from './format.ts';
import { comparisonName, type MeasureLike, type MeasurePoint } from './measure.ts';

type Present = MeasurePoint & { value: number };
const isPresent = (point: MeasurePoint): point is Present => point.value !== null;

/** "up from 62.3% in 2022", "down from …" or "the same as in …". */
function changeFrom(latest: Present, previous: Present, measure: MeasureLike): string {
  const { unit, timing } = measure.data;
  const when = formatPeriod(previous.period, timing);
  if (latest.value === previous.value) return `the same as in ${when}`;
  return `${latest.value > previous.value ? 'up' : 'down'} from ${formatValue(previous.value, unit)} in ${when}`;
}

/** "It has gone up every year since 2016, when it was 192." or the highest and lowest figures. */
function overallShape(present: readonly Present[], measure: MeasureLike): string | undefined {
  const { unit, timing } = measure.data;
  if (present.length < 3) return undefined;
  const first = present[0] as Present;
  const consecutive = present.every(
    (point, index) => index === 0 || point.period === (present[index - 1] as Present).period + 1,
  );
  const steps = present.slice(1).map((point, index) => point.value - (present[index] as Present).value);
  if (consecutive && steps.every((step) => step > 0))
    return `It has gone up every year since ${formatPeriod(first.period, timing)}, when it was ${formatValue(first.value, unit)}.`;
  if (consecutive && steps.every((step) => step < 0))
    return `It has gone down every year since ${formatPeriod(first.period, timing)}, when it was ${formatValue(first.value, unit)}.`;
  // On a tie the earliest period is named, so the sentence never changes between builds.
  const highest = present.reduce((best, point) => (point.value > best.value ? point : best));
  const lowest = present.reduce((best, point) => (point.value < best.value ? point : best));
  return `The highest was ${formatValue(highest.value, unit)} in ${formatPeriod(highest.period, timing)}, and the lowest was ${formatValue(lowest.value, unit)} in ${formatPeriod(lowest.period, timing)}.`;
}

/** "2022", "2022 or 2024", "2020, 2022 or 2024". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** What the page around a summary has already said, so the summary does not say it again. */
export interface SummaryContext {
  /** Break notes the page states once above its figures (see `sharedBreakNotes`). */
  breakNotesSaid?: ReadonlySet<string>;
}

/**
 * A one-paragraph summary written from the data alone, shown beside the chart for every reader:
 * the latest figure and its change, England, gaps, direction, target, shape, breaks.
 */
export function summariseMeasure(measure: MeasureLike, areaName: string, context: SummaryContext = {}): string {
  const { points, unit, timing, valuePhrase, betterWhen, target, breaks } = measure.data;
  const present = points.filter(isPresent);
  const latest = present.at(-1);
  if (!latest) return `There are no ${areaName} figures for this measure yet.`;
  const previous = present.at(-2);
  const sentences: string[] = [];

  sentences.push(
    `In ${formatPeriod(latest.period, timing)}, ${formatValue(latest.value, unit)} ${valuePhrase}${previous ? `, ${changeFrom(latest, previous, measure)}` : ''}.`,
  );
  if (latest.england !== undefined && latest.england !== null)
    sentences.push(`${comparisonName}: ${formatValue(latest.england, unit)}.`);

  const gaps = points.filter((point) => point.value === null).map((point) => formatPeriod(point.period, timing));
  if (gaps.length > 0) sentences.push(`There is no ${areaName} figure for ${orList(gaps)}: the notes say why.`);

  if (betterWhen !== 'neither') sentences.push(`${betterWhen === 'higher' ? 'Higher' : 'Lower'} is better.`);
  if (target) sentences.push(`The target is ${formatTick(target.value, unit)}: ${target.description}.`);

  const shape = overallShape(present, measure);
  if (shape) sentences.push(shape);

  for (const item of breaks) {
    const next = points[points.findIndex((point) => point.period === item.after) + 1];
    if (!next) continue;
    // A note the page says once above its figures (it names the years itself) is not repeated in every summary.
    if (context.breakNotesSaid?.has(item.note)) continue;
    sentences.push(
      `The ${areaName} figures have a break between ${formatPeriod(item.after, timing)} and ${formatPeriod(next.period, timing)}. ${item.note}`,
    );
  }
  return sentences.join(' ');
}
