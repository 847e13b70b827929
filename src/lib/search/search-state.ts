import type { PagefindFilters } from './pagefind-api.ts';

/** How results are ordered: best match first, or newest first. */
export type SortOrder = 'relevance' | 'newest';

/** Everything that decides what the search page shows, kept in its address so it can be shared and bookmarked. */
export interface SearchState {
  /** What the person typed, trimmed. */
  q: string;
  /** Content type slugs, such as "progress-update". */
  types: string[];
  /** Priority area ids, such as "right-first-time". */
  areas: string[];
  /** Years, such as "2019". */
  years: string[];
  sort: SortOrder;
}

/** The search page's address parameters. Short, because people share these addresses. */
const param = { q: 'q', types: 'type', areas: 'area', years: 'year', sort: 'sort' } as const;

/** Values that are set once, in order, ignoring blanks and repeats (a hand-edited address may have both). */
function cleanList(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** Reads the search state from an address's query string; anything missing takes its default. */
export function readSearchState(params: URLSearchParams): SearchState {
  return {
    q: (params.get(param.q) ?? '').replace(/\s+/g, ' ').trim(),
    types: cleanList(params.getAll(param.types)),
    areas: cleanList(params.getAll(param.areas)),
    years: cleanList(params.getAll(param.years)),
    sort: params.get(param.sort) === 'newest' ? 'newest' : 'relevance',
  };
}

/** Writes the search state as a query string, leaving out defaults so addresses stay short. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set(param.q, state.q);
  for (const type of cleanList(state.types)) params.append(param.types, type);
  for (const area of cleanList(state.areas)) params.append(param.areas, area);
  for (const year of cleanList(state.years)) params.append(param.years, year);
  if (state.sort === 'newest') params.set(param.sort, 'newest');
  return params;
}

/** How many filters are set, for the results summary. */
export function filterCount(state: SearchState): number {
  return state.types.length + state.areas.length + state.years.length;
}

/**
 * Pagefind filters for the state: within a group any value matches (a page is a progress update
 * or an impact report), across groups every group must match (and it is about 2019).
 */
export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  if (state.types.length > 0) filters['type'] = { any: state.types };
  if (state.areas.length > 0) filters['area'] = { any: state.areas };
  if (state.years.length > 0) filters['year'] = { any: state.years };
  return filters;
}
