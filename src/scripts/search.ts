/**
 * The search page (src/pages/search.astro). Without JavaScript the page offers every page A to Z;
 * this script swaps that for Pagefind search once Pagefind has loaded. The query, filters and
 * sort live in the address (/search/?q=EHCP&type=progress-update), so results can be shared,
 * bookmarked and come back with the back button.
 */
import type { Suggestion } from '../lib/search/did-you-mean.ts';
import { glossaryEntriesIn, type GlossaryWords } from '../lib/search/glossary-words.ts';
import type { PagefindApi } from '../lib/search/pagefind-api.ts';
import { readQuery } from '../lib/search/question.ts';
import { resultView } from '../lib/search/result-view.ts';
import { runSearch, suggestSearches, type RankedResult } from '../lib/search/run-search.ts';
import { filterCount, readSearchState, writeSearchState, type SearchState } from '../lib/search/search-state.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { findPage, showState, stateFromFilters, type SearchPage } from './search-page.ts';
import { noResultsAdvice, resultItem, resultSummary, searchHref, suggestionsParagraph } from './search-render.ts';

/**
 * Results shown at first: a phone's screenful. Each needs a file of its own (its title and
 * excerpt), so more would make a family on a slow link wait longer for the network to settle
 * (issue 14 counts at most 12 requests a search).
 */
const firstPageSize = 5;

/** Results added by each "Show more results". */
const morePageSize = 10;

/**
 * Shows `count` results from `start`, each as soon as its data has arrived and those above it are
 * shown, so the first result appears without waiting for the rest. Stops if `current` turns false
 * (a newer search started). Returns the first new result's link.
 */
async function showResults(
  page: SearchPage,
  results: readonly RankedResult[],
  start: number,
  count: number,
  named: readonly string[],
  current: () => boolean = () => true,
): Promise<HTMLAnchorElement | null> {
  const loads = results.slice(start, start + count).map((ranked) => ranked.result.data());
  // Each is awaited in turn below; a failure after a newer search began must not go unhandled.
  for (const load of loads) load.catch(() => undefined);
  let first: HTMLAnchorElement | null = null;
  for (const load of loads) {
    const item = resultItem(resultView(await load, named));
    if (!current()) return null;
    page.list.append(item);
    first ??= item.querySelector('a');
  }
  page.more.hidden = start + count >= results.length;
  return first;
}

let vocabulary: Promise<string[]> | undefined;

/**
 * The words "Did you mean" may suggest, fetched only the first time a search finds nothing, from
 * the address the page gives (src/pages/search.astro, from src/lib/urls.ts).
 */
function searchWords(address: string): Promise<string[]> {
  vocabulary ??= fetch(address).then((response) => response.json() as Promise<string[]>);
  vocabulary.catch(() => {
    vocabulary = undefined;
  });
  return vocabulary;
}

/** "Did you mean" for a search that found nothing; none if the word list cannot load. */
async function suggestionsFor(
  page: SearchPage,
  pagefind: PagefindApi,
  state: SearchState,
  glossary: readonly GlossaryWords[],
) {
  const words = await searchWords(page.root.dataset['appSearchWords'] ?? '').catch((): string[] => []);
  return suggestSearches(pagefind, state, words, glossary);
}

/**
 * Runs a search for the state and shows it; a newer search started meanwhile wins. A search can
 * be prepared while the query is typed (`prepare`): its results are then ready when it is sent.
 */
function createSearcher(page: SearchPage, pagefind: PagefindApi, glossary: readonly GlossaryWords[]) {
  let latest = 0;
  let shown: { results: readonly RankedResult[]; named: readonly string[] } = { results: [], named: [] };
  let prepared: { key: string; results: Promise<RankedResult[]> } | undefined;
  const baseTitle = document.title;
  const keyOf = (state: SearchState) => writeSearchState(state).toString();

  function prepare(state: SearchState): void {
    if (prepared?.key === keyOf(state)) return;
    const results = runSearch(pagefind, state, glossary);
    results.catch(() => undefined);
    prepared = { key: keyOf(state), results };
  }

  /** The prepared results if they are for this state (a failed one is tried again), else a new search. */
  function resultsFor(state: SearchState): Promise<RankedResult[]> {
    const ready = prepared?.key === keyOf(state) ? prepared.results : undefined;
    prepared = undefined;
    return ready ? ready.catch(() => runSearch(pagefind, state, glossary)) : runSearch(pagefind, state, glossary);
  }

  async function search(state: SearchState): Promise<void> {
    const run = ++latest;
    page.results.setAttribute('aria-busy', 'true');
    const results = await resultsFor(state);
    if (run !== latest) return;
    const named = glossaryEntriesIn(state.q, glossary);
    shown = { results, named };
    const suggestions: Suggestion[] = results.length === 0 ? await suggestionsFor(page, pagefind, state, glossary) : [];
    if (run !== latest) return;
    page.list.replaceChildren();
    page.list.hidden = results.length === 0;
    page.more.hidden = true;
    await showResults(page, results, 0, firstPageSize, named, () => run === latest);
    if (run !== latest) return;
    page.notes.replaceChildren(
      ...(suggestions.length > 0 ? [suggestionsParagraph(suggestions, state)] : []),
      ...(results.length === 0 ? [noResultsAdvice(state)] : []),
    );
    page.help.hidden = results.length > 0;
    page.results.removeAttribute('aria-busy');
    document.title = `${state.q} - ${baseTitle}`;
    // The summary is the live region's only content, so screen readers hear the count (and any suggestion) once.
    page.status.textContent = `${resultSummary(results.length, state)}.${suggestions.length > 0 ? ` Did you mean ${suggestions.map((suggestion) => suggestion.text).join(' or ')}?` : ''}`;
  }

  async function showMore(): Promise<void> {
    const first = await showResults(page, shown.results, page.list.children.length, morePageSize, shown.named);
    // Focus the first new result, so keyboard and screen reader users carry on where the new ones start.
    first?.focus();
  }

  return { search, showMore, prepare };
}

/**
 * For a search box away from the search page: runs the search being typed and fetches the files of
 * its first screenful of results, so the search page, once the search is sent, finds them in the
 * browser's cache instead of waiting one more round trip. Only the search page has the glossary,
 * which can move a result up, so at most one or two of its files may still be fetched there.
 */
export async function prefetchFirstResults(pagefind: PagefindApi, q: string): Promise<void> {
  const results = await runSearch(pagefind, readSearchState(new URLSearchParams({ q })));
  await Promise.all(results.slice(0, firstPageSize).map((ranked) => ranked.result.data()));
}

/** A pause in typing this long (in milliseconds) prepares the search for what is typed so far. */
const typingPauseMs = 300;

/** The query as searched and put in the address: spaces tidied. */
const tidyQuery = (typed: string) => typed.replace(/\s+/g, ' ').trim();

/** Matches GOV.UK Frontend's tablet breakpoint (641px), where the filters move beside the results. */
const phone = window.matchMedia('(max-width: 40.0525em)');

/**
 * Folds the filters away on phones, so the results are not below a long list of checkboxes,
 * unless some are set; from tablet up they are always open (their summary is hidden there).
 */
function foldFiltersOnPhones(page: SearchPage, state: SearchState): void {
  page.toggle.open = !phone.matches || filterCount(state) > 0;
  phone.addEventListener('change', () => {
    if (!phone.matches) page.toggle.open = true;
  });
}

/** Says search is not working and brings back the A to Z, when Pagefind or part of its index cannot load (offline, say). */
function showFailure(page: SearchPage): void {
  page.failed.hidden = false;
  page.fallback.hidden = false;
  page.results.hidden = true;
  page.filters.hidden = true;
  page.status.textContent = 'Search could not load.';
}

/** Starts search on the search page (`root` is its `[data-app-search]` element): loaded by src/scripts/search-preload.ts. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const page = findPage(root);
  let state = readSearchState(new URLSearchParams(window.location.search));
  page.input.value = state.q;
  showState(page, state);
  let pagefind: PagefindApi;
  try {
    pagefind = await loadPagefind();
  } catch {
    showFailure(page);
    return;
  }
  const glossary = JSON.parse(root.dataset['glossary'] ?? '[]') as GlossaryWords[];
  const searcher = createSearcher(page, pagefind, glossary);
  page.fallback.hidden = true;
  foldFiltersOnPhones(page, state);

  const apply = (next: SearchState) => {
    state = next;
    showState(page, state);
    window.history.replaceState(null, '', searchHref(state));
    void searcher.search(state).catch(() => showFailure(page));
  };
  page.filters.addEventListener('change', () => apply(stateFromFilters(page, state.q)));
  page.filters.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(stateFromFilters(page, state.q));
  });
  page.clear.addEventListener('click', () => {
    apply({ ...state, types: [], areas: [], years: [] });
    page.input.focus();
  });
  // Fetch the index files for the words as they are typed; only a question's key words, as
  // runSearch looks for no others ("how", "do" and "my" would fetch files for nothing). When typing
  // pauses, search for what is typed so far, so the results are ready if it is sent: Pagefind's first
  // search with new words takes a few times longer than the next, on a phone a noticeable wait.
  let pause: ReturnType<typeof setTimeout> | undefined;
  page.input.addEventListener('input', () => {
    const term = readQuery(page.input.value).keyWords.join(' ');
    clearTimeout(pause);
    if (!term) return;
    void pagefind.preload(term).catch(() => undefined);
    pause = setTimeout(() => searcher.prepare({ ...state, q: tidyQuery(page.input.value) }), typingPauseMs);
  });
  page.more.addEventListener('click', () => void searcher.showMore().catch(() => showFailure(page)));
  const show = (next: SearchState) => {
    state = next;
    page.input.value = state.q;
    showState(page, state);
    page.filters.hidden = !state.q;
    page.results.hidden = !state.q;
    if (state.q) void searcher.search(state).catch(() => showFailure(page));
    else page.status.textContent = '';
  };
  // A new query keeps the filters and sort. It is searched in place, without loading the page
  // again, and gets its own address, so the back button returns to the last search.
  page.queryForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    const next = { ...state, q: tidyQuery(page.input.value) };
    window.history.pushState(null, '', searchHref(next));
    show(next);
  });
  window.addEventListener('popstate', () => show(readSearchState(new URLSearchParams(window.location.search))));

  show(state);
}
