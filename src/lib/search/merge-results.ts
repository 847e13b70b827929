/** A search result as Pagefind gives it: an id per page and a relevance score. */
export interface Scored {
  id: string;
  score: number;
}

/** The results of one search, and what its scores are worth next to the others. */
export interface ResultList<R extends Scored> {
  results: readonly R[];
  /** Multiplies every score in the list: 1 for the words typed, less for other words for them. */
  weight: number;
  /**
   * How many words were searched for. Pagefind adds up a score per word, so a five-word
   * "education health and care plan" would outscore "EHCP" just for being longer.
   */
  wordCount: number;
}

/** One page in the merged results, with the result from the search where it scored best. */
export interface MergedResult<R extends Scored> {
  result: R;
  score: number;
}

/**
 * Merges several searches into one list with each page once (Pagefind's id is one per page
 * address), best first. A page keeps its best score rather than the sum: the glossary lists
 * every other word for a term, and adding up would put it first for everything.
 */
export function mergeResults<R extends Scored>(lists: readonly ResultList<R>[]): MergedResult<R>[] {
  const best = new Map<string, MergedResult<R>>();
  for (const list of lists) {
    for (const result of list.results) {
      const score = (result.score * list.weight) / Math.max(1, list.wordCount);
      const current = best.get(result.id);
      if (!current || score > current.score) best.set(result.id, { result, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Only the results whose page is also in `allowed`: used to keep pages where a phrase's words appear together. */
export function keepPages<R extends Scored>(results: readonly R[], allowed: readonly Scored[]): R[] {
  const ids = new Set(allowed.map((result) => result.id));
  return results.filter((result) => ids.has(result.id));
}

/** Reorders merged results newest first, given every dated page's id newest first; undated pages go last, best first. */
export function newestFirst<R extends Scored>(
  merged: readonly MergedResult<R>[],
  idsNewestFirst: readonly string[],
): MergedResult<R>[] {
  const position = new Map(idsNewestFirst.map((id, index) => [id, index]));
  const rank = (item: MergedResult<R>) => position.get(item.result.id) ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable, so undated pages keep their relevance order among themselves.
  return [...merged].sort((a, b) => {
    const difference = rank(a) - rank(b);
    return Number.isNaN(difference) ? 0 : difference;
  });
}
