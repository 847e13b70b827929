const ukDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

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
export function lastChanged(page: { published: Date; updated?: Date | undefined }): Date {
  return page.updated && page.updated > page.published ? page.updated : page.published;
}

/** Dates for a page that lists other pages: first published with the oldest, last updated with the newest change. */
export function listDates(
  pages: ReadonlyArray<{ published: Date; updated?: Date | undefined }>,
): { published: Date; updated: Date } | undefined {
  if (pages.length === 0) return undefined;
  const published = new Date(Math.min(...pages.map((page) => page.published.getTime())));
  const updated = new Date(Math.max(...pages.map((page) => lastChanged(page).getTime())));
  return { published, updated };
}
