/** A search result as Pagefind gives it: an id per page and a relevance score. */
export interface Scored {
  id: string;
  score: number;
}

/** One page in the ranked results, with the Pagefind result to load it from. */
export interface RankedItem<R extends Scored> {
  result: R;
  /** Lower comes first: 0 has every word with a phrase together, 1 every word, then pages missing 1, 2… words. */
  tier: number;
  score: number;
}

/** What one query found, search by search, for `rankResults`. */
export interface Found<R extends Scored> {
  /** Pages with every key word. */
  all: readonly R[];
  /** Ids of pages with the whole query word for word ("families first"). */
  phraseIds: ReadonlySet<string>;
  /** Ids of pages with key words of a question together ("ehc plan" in "how many children have an EHC plan"). */
  runIds: ReadonlySet<string>;
  /** Pages for each key word alone, only when the words together found few pages; else empty. */
  perWord: ReadonlyArray<readonly R[]>;
  /** Ids of the kind of page the question asks for (figures for "how many"), to lift within their tier. */
  wantedIds: ReadonlySet<string>;
  /** Ids of pages that have the query as a term (the glossary, for a glossary term): ranked with the pages that have it word for word. */
  termIds?: ReadonlySet<string> | undefined;
}

/** How much a page of the kind a question asks for is lifted within its tier. Tuned against tests/browser/family-queries.ts. */
export const wantedBoost = 3;

/** How much a page with a question's key words together is lifted within its tier. */
export const runBoost = 1.5;

/**
 * Orders what a query found. Pages with every word come first, those with the query word for
 * word before those with the words apart; then pages with most of the words, fewer missing
 * first. Within a tier, Pagefind's score decides, lifted for the kind of page the question asks
 * for and for a question's key words together.
 */
export function rankResults<R extends Scored>(found: Found<R>): Array<RankedItem<R>> {
  const lift = (id: string) =>
    (found.wantedIds.has(id) || found.termIds?.has(id) ? wantedBoost : 1) * (found.runIds.has(id) ? runBoost : 1);
  const ranked = new Map<string, RankedItem<R>>();
  for (const result of found.all)
    ranked.set(result.id, {
      result,
      tier: found.phraseIds.has(result.id) ? 0 : 1,
      score: result.score * lift(result.id),
    });
  const wordCount = found.perWord.length;
  const partial = new Map<string, { result: R; matched: number; score: number }>();
  for (const list of found.perWord) {
    for (const result of list) {
      if (ranked.has(result.id)) continue;
      const current = partial.get(result.id) ?? { result, matched: 0, score: 0 };
      partial.set(result.id, { result, matched: current.matched + 1, score: current.score + result.score });
    }
  }
  // "Most of the words": at least half of them, so a long question does not bring back every page with one word.
  for (const { result, matched, score } of partial.values()) {
    if (matched * 2 < wordCount) continue;
    // The kind of page a question asks for joins the pages with every word when it misses only one.
    const tier = found.wantedIds.has(result.id) && matched >= wordCount - 1 ? 1 : 1 + wordCount - matched;
    ranked.set(result.id, { result, tier, score: score * lift(result.id) });
  }
  for (const item of ranked.values()) if (found.termIds?.has(item.result.id) && item.tier === 1) item.tier = 0;
  return [...ranked.values()].sort((a, b) => a.tier - b.tier || b.score - a.score);
}

/** Reorders ranked results newest first, given every dated page's id newest first; undated pages go last, best first. */
export function newestFirst<R extends Scored>(
  ranked: ReadonlyArray<RankedItem<R>>,
  idsNewestFirst: readonly string[],
): Array<RankedItem<R>> {
  const position = new Map(idsNewestFirst.map((id, index) => [id, index]));
  const rank = (item: RankedItem<R>) => position.get(item.result.id) ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable, so undated pages keep their relevance order among themselves.
  return [...ranked].sort((a, b) => {
    const difference = rank(a) - rank(b);
    return Number.isNaN(difference) ? 0 : difference;
  });
}
