/** How many items a list page shows: enough to scan on a phone, few enough to load fast. */
export const listPageSize = 20;

/** One page of a long list. */
export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has. */
  pageCount: number;
  /** The items on this page, in list order. */
  items: T[];
  /** How many items come before this page. */
  offset: number;
  /** How many items the whole list has. */
  total: number;
}

/** Splits a list into pages. An empty list still has one (empty) page, so its page can say so. */
export function paginate<T>(items: readonly T[], pageSize = listPageSize): [ListPage<T>, ...ListPage<T>[]] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const pages = Array.from({ length: pageCount }, (_, index) => ({
    number: index + 1,
    pageCount,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    offset: index * pageSize,
    total: items.length,
  }));
  return pages as [ListPage<T>, ...ListPage<T>[]];
}

/** A page number to link to, or a gap in the numbers. */
export type PageLink = { kind: 'page'; number: number; current: boolean } | { kind: 'gap' };

/**
 * The page numbers to show, as GOV.UK's pagination pattern does: the first and last pages, the
 * current one and its neighbours, with a gap ("⋯") where numbers are left out.
 */
export function pageLinks(current: number, pageCount: number): PageLink[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [index, number] of shown.entries()) {
    const previous = shown[index - 1];
    if (previous !== undefined && number - previous === 2)
      links.push({ kind: 'page', number: previous + 1, current: false });
    else if (previous !== undefined && number - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', number, current: number === current });
  }
  return links;
}

/** "Progress updates (page 2 of 5)" for every page but the first, which keeps its plain title. */
export function pageTitle(title: string, page: { number: number; pageCount: number }): string {
  return page.number === 1 ? title : `${title} (page ${page.number} of ${page.pageCount})`;
}
