import type { DatedPage } from '../schemas/dated-page.ts';

/** When a page was published and last updated, from the dated-page schema. */
type PageDates = Pick<DatedPage, 'published' | 'updated'>;

const ukDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar day written YYYY-MM-DD ("2026-01-31") as midnight UTC, or undefined when it is not one. */
export function parseIsoDay(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  // "2026-02-31" would roll over to 3 March: only a day that reads back the same is a real day.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : undefined;
}

/** Today as a calendar day (midnight UTC), to compare with dates parsed by parseIsoDay. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Formats a date the GOV.UK way: "27 December 2021". */
export function formatUkDate(date: Date): string {
  return ukDate.format(date);
}

const ukMonthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Month and year, for "as of" dates: "January 2021". */
export function formatMonthYear(date: Date): string {
  return ukMonthYear.format(date);
}

/** The machine-readable form for `<time datetime>`: "2021-12-27". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The later of a page's published and updated dates. */
export function lastChanged(page: PageDates): Date {
  return page.updated && page.updated > page.published ? page.updated : page.published;
}

/** Dates for a page that lists other pages: first published with the oldest, last updated with the newest change. */
export function listDates(pages: readonly PageDates[]): { published: Date; updated: Date } | undefined {
  if (pages.length === 0) return undefined;
  const published = new Date(Math.min(...pages.map((page) => page.published.getTime())));
  const updated = new Date(Math.max(...pages.map((page) => lastChanged(page).getTime())));
  return { published, updated };
}
