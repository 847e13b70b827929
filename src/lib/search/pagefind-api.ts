/**
 * The parts of Pagefind's browser API (dist/pagefind/pagefind.js) that search uses, typed here
 * because the `pagefind` package only ships types for its indexing API. Shapes follow
 * https://github.com/CloudCannon/pagefind/blob/main/pagefind_web_js/types/index.d.ts
 */

/** A filter on one key: pages must carry any one of the values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** Options for one call to `search`. */
export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A matching word and how much it counted. */
export interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A heading with an id inside a result, and the matches under it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: PagefindWordLocation[];
  anchor?: { element: string; id: string; text?: string; location: number };
}

/** What a result's `data()` loads: its address, excerpt (HTML-escaped, matches in `<mark>`), meta and sections. */
export interface PagefindResultData {
  url: string;
  /** The page's whole indexed text: what search can match. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

/** One matching page, before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** What one search returns. */
export interface PagefindSearchResponse {
  results: PagefindResult[];
}

/** The Pagefind module as imported from /pagefind/pagefind.js. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  /** Every filter's values and page counts; loads all the filter files. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}
