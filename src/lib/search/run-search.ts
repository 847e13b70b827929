import { spellingCandidates, suggestionFor, type Suggestion } from './did-you-mean.ts';
import { namesGlossaryTerm, type GlossaryWords } from './glossary-words.ts';
import type { PagefindApi, PagefindFilters, PagefindResult } from './pagefind-api.ts';
import { readQuery, type Intent } from './question.ts';
import { newestFirst, rankResults, type RankedItem } from './rank.ts';
import { pagefindFilters, type SearchState } from './search-state.ts';

/** One page found, with the Pagefind result to load its title and excerpt from. */
export type RankedResult = RankedItem<PagefindResult>;

/** Fewer pages than this with every word, and pages with most of the words are added below them. */
export const fewResults = 5;

/** The kind of page that answers each kind of question (src/lib/search/content-types.ts). */
const answeringType: Record<Exclude<Intent, undefined>, string> = { number: 'figures', help: 'page' };

/** Results of filter-only searches, fetched once per Pagefind and key: every page of a type, every dated page newest first. */
const idLists = new WeakMap<PagefindApi, Map<string, Promise<string[]>>>();

function cachedIds(pagefind: PagefindApi, key: string, load: () => Promise<string[]>): Promise<string[]> {
  let lists = idLists.get(pagefind);
  if (!lists) idLists.set(pagefind, (lists = new Map()));
  let ids = lists.get(key);
  if (!ids) lists.set(key, (ids = load()));
  return ids;
}

/** Every page of one content type: Pagefind answers a search for nothing with the filter alone. */
function idsOfType(pagefind: PagefindApi, type: string): Promise<string[]> {
  return cachedIds(pagefind, `type:${type}`, async () =>
    (await pagefind.search(null, { filters: { type: { any: [type] } } })).results.map((result) => result.id),
  );
}

/** Every dated page's id, newest first: Pagefind sorts by the "date" key when searching for nothing. */
function idsNewestFirst(pagefind: PagefindApi): Promise<string[]> {
  return cachedIds(pagefind, 'newest', async () =>
    (await pagefind.search(null, { sort: { date: 'desc' } })).results.map((result) => result.id),
  );
}

/**
 * Searches for a query with the chosen filters and returns each page once, best first or newest
 * first. One Pagefind search for the key words, one for the query word for word and one per run of
 * key words in a question, and only when those find
 * few pages one per word; all read the same index files, so extra searches cost no downloads.
 * The glossary's other words are in the index already (src/lib/search/index-keywords.ts).
 * The browser and the ranking tests both use this, so the tests check the order families see.
 */
export async function runSearch(
  pagefind: PagefindApi,
  state: SearchState,
  glossary: readonly GlossaryWords[] = [],
): Promise<RankedResult[]> {
  const query = readQuery(state.q);
  if (query.keyWords.length === 0) return [];
  // A search for a glossary term ("EHCP", "what is a SENCO") has it word for word on the glossary, whatever the words typed.
  const named = [state.q, query.keyWords.join(' ')].some((text) => namesGlossaryTerm(text, glossary));
  const definition = named ? idsOfType(pagefind, 'glossary') : undefined;
  const filters: PagefindFilters = pagefindFilters(state);
  const options = Object.keys(filters).length > 0 ? { filters } : {};
  const quoted = (text: string) => pagefind.search(`"${text}"`, options);
  const [all, phrase, runs, wanted, first] = await Promise.all([
    pagefind.search(query.keyWords.join(' '), options),
    query.phrase ? quoted(query.phrase) : undefined,
    Promise.all(query.runs.map(quoted)),
    query.intent ? idsOfType(pagefind, answeringType[query.intent]) : Promise.resolve([]),
    definition ?? Promise.resolve([]),
  ]);
  const perWord =
    all.results.length < fewResults && query.keyWords.length > 1
      ? (await Promise.all(query.keyWords.map((word) => pagefind.search(word, options)))).map((found) => found.results)
      : [];
  const ranked = rankResults({
    all: all.results,
    phraseIds: new Set(phrase?.results.map((result) => result.id)),
    runIds: new Set(runs.flatMap((found) => found.results.map((result) => result.id))),
    perWord,
    wantedIds: new Set(wanted),
    termIds: new Set(first),
  });
  return state.sort === 'newest' ? newestFirst(ranked, await idsNewestFirst(pagefind)) : ranked;
}

/** At most this many "Did you mean" suggestions. */
const maxSuggestions = 2;

/**
 * "Did you mean" for a query that found nothing: close spellings from the index's words, kept
 * only if they find pages with the same filters. Run only when there are no results, so a
 * search that works costs nothing extra.
 */
export async function suggestSearches(
  pagefind: PagefindApi,
  state: SearchState,
  vocabulary: readonly string[],
  glossary: readonly GlossaryWords[],
): Promise<Suggestion[]> {
  const filters = pagefindFilters(state);
  const options = Object.keys(filters).length > 0 ? { filters } : {};
  const candidates = spellingCandidates(state.q, vocabulary);
  const found = await Promise.all(candidates.map((text) => pagefind.search(text, options)));
  return candidates
    .filter((_, index) => (found[index]?.results.length ?? 0) > 0)
    .slice(0, maxSuggestions)
    .map((text) => suggestionFor(text, glossary));
}
