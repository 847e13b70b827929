import { expandQuery, type GlossaryWords, type QueryVariant } from './expand-query.ts';
import { keepPages, mergeResults, newestFirst, type MergedResult, type ResultList } from './merge-results.ts';
import { words } from './normalise.ts';
import type { PagefindApi, PagefindFilters, PagefindResult } from './pagefind-api.ts';
import { pagefindFilters, type SearchState } from './search-state.ts';

/** One page found, with the Pagefind result to load its title and excerpt from. */
export type RankedResult = MergedResult<PagefindResult>;

/** Runs one variant; a glossary phrase must have its words together, so its pages are checked with a quoted search. */
async function searchVariant(
  pagefind: PagefindApi,
  variant: QueryVariant,
  filters: PagefindFilters | undefined,
): Promise<ResultList<PagefindResult>> {
  const options = filters ? { filters } : {};
  const scored = pagefind.search(variant.text, options);
  // A quoted search finds the exact phrase but scores every page 1, so it only decides which pages stay.
  const together = variant.phrase ? pagefind.search(`"${variant.text}"`, options) : undefined;
  const [found, exact] = await Promise.all([scored, together]);
  const results = exact ? keepPages(found.results, exact.results) : found.results;
  return { results, weight: variant.weight, wordCount: words(variant.text).length };
}

const dateOrders = new WeakMap<PagefindApi, Promise<string[]>>();

/** Every dated page's id, newest first, fetched once: Pagefind sorts by the "date" key when searching for nothing. */
function idsNewestFirst(pagefind: PagefindApi): Promise<string[]> {
  let order = dateOrders.get(pagefind);
  if (!order) {
    order = pagefind
      .search(null, { sort: { date: 'desc' } })
      .then((response) => response.results.map((result) => result.id));
    dateOrders.set(pagefind, order);
  }
  return order;
}

/**
 * Searches for the query and its glossary variants with the chosen filters, and returns each
 * page once, best match first or newest first. The browser and the ranking tests both use this,
 * so the tests check the order families see.
 */
export async function runSearch(
  pagefind: PagefindApi,
  state: SearchState,
  glossary: readonly GlossaryWords[],
): Promise<RankedResult[]> {
  const variants = expandQuery(state.q, glossary);
  if (variants.length === 0) return [];
  const filters = Object.keys(pagefindFilters(state)).length > 0 ? pagefindFilters(state) : undefined;
  const lists = await Promise.all(variants.map((variant) => searchVariant(pagefind, variant, filters)));
  const merged = mergeResults(lists);
  return state.sort === 'newest' ? newestFirst(merged, await idsNewestFirst(pagefind)) : merged;
}

/**
 * The typed words no page uses. Pagefind answers an unknown word with the longest part of it
 * that is in the index ("tribunel" finds "tribun…"), so results alone do not show a misspelling;
 * a quoted search matches whole words only (https://github.com/Pagefind/pagefind/pull/315).
 */
export async function missingWords(pagefind: PagefindApi, query: string): Promise<string[]> {
  const typed = [...new Set(words(query))];
  const found = await Promise.all(typed.map(async (word) => (await pagefind.search(`"${word}"`)).results.length > 0));
  return typed.filter((_, index) => !found[index]);
}
