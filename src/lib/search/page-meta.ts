import { formatUkDate, lastChanged } from '../dates.ts';
import type { ContentTypeSlug } from './content-types.ts';

/** What search is told about one page: it becomes Pagefind filters, meta and a sort key (src/components/SearchMeta.astro). */
export interface SearchMetaProps {
  /** The kind of page, to filter by and to show beside the result. */
  type: ContentTypeSlug;
  /** Ids of the priority areas the page is about. */
  areas?: readonly string[] | undefined;
  /** The years the page is about, such as ["2023", "2024"] for an academic year. */
  years?: readonly string[] | undefined;
  /** The date to show and sort by; leave out for undated pages such as the glossary, which then sort last. */
  date?: Date | undefined;
  /** How to show the date, when it is not simply the date ("Spring 2019", "Updated 1 May 2027"). */
  dateText?: string | undefined;
}

/** Search details for a progress update: it is about the year and the priority areas it reports on. */
export function progressSearchMeta(update: {
  date: Date;
  dateLabel?: string | undefined;
  areas: ReadonlyArray<{ area: { id: string } }>;
}): SearchMetaProps {
  return {
    type: 'progress-update',
    areas: update.areas.map((report) => report.area.id),
    years: [String(update.date.getUTCFullYear())],
    date: update.date,
    dateText: update.dateLabel ?? formatUkDate(update.date),
  };
}

/** The two years of an academic year written "2023 to 2024". */
export function yearsOfAcademicYear(academicYear: string): string[] {
  return academicYear.match(/\d{4}/g) ?? [];
}

/** Search details for a page whose date is when it was published or last updated. */
export function datedPageSearchMeta(
  type: ContentTypeSlug,
  page: { published: Date; updated?: Date | undefined },
): SearchMetaProps {
  const wasUpdated = page.updated !== undefined && page.updated > page.published;
  return {
    type,
    date: lastChanged(page),
    dateText: `${wasUpdated ? 'Updated' : 'Published'} ${formatUkDate(lastChanged(page))}`,
  };
}

/** Search details for an impact report: it is about both years of its academic year. */
export function impactReportSearchMeta(report: {
  academicYear: string;
  published: Date;
  updated?: Date | undefined;
}): SearchMetaProps {
  return { ...datedPageSearchMeta('impact-report', report), years: yearsOfAcademicYear(report.academicYear) };
}

/** Every year any page is about, newest first, for the year filter. */
export function yearsNewestFirst(pages: readonly SearchMetaProps[]): string[] {
  return [...new Set(pages.flatMap((page) => page.years ?? []))].sort((a, b) => b.localeCompare(a));
}

/** Search details for the statement overview, or for a priority area when its id is given. */
export function statementSearchMeta(
  page: { published: Date; updated?: Date | undefined },
  areaId?: string,
): SearchMetaProps {
  return { ...datedPageSearchMeta('statement', page), areas: areaId ? [areaId] : [] };
}
