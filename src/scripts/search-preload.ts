/**
 * Every search box's script. It starts fetching search as soon as someone shows they are about
 * to search: when a search box gets focus, and the index pages for the words as they type. On the
 * search page it starts search itself. The search page's code is loaded from here, on the search
 * page and when a box elsewhere gets focus, so a family arriving at the search page finds it,
 * like the index files, in the browser's cache. Waiting for the first keystroke instead costs
 * about 2 seconds on a slow mobile connection (DESIGN.md, "Search starts loading early").
 */
import { loadPagefind, stopLoading } from './pagefind-loader.ts';

const searchPage = document.querySelector<HTMLElement>('[data-app-search]');

/** The search page's code: its own file, fetched only where it runs or may soon be needed. */
const searchPageCode = () => import('./search.ts');

/**
 * Pagefind started and, away from the search page, its filters (every search ranks by page type:
 * they are small and kept for a year) and the search page's code, so the search page need not
 * wait for them.
 */
function warmUp(): void {
  const loading = loadPagefind();
  if (searchPage) {
    loading.catch(() => undefined);
    return;
  }
  void loading.then((pagefind) => pagefind.filters()).catch(() => undefined);
  void searchPageCode().catch(() => undefined);
}

// A search sent from this page goes to the search page (the search page's own forms search in
// place and cancel the submission): nothing more is worth starting here.
window.addEventListener('submit', (event) => {
  if (event.defaultPrevented) return;
  clearTimeout(pause);
  stopLoading();
});

/**
 * Milliseconds of no typing after which the first results' files are fetched for what is typed:
 * longer than the gap between a phone's keystrokes (about 330 ms), so a family typing steadily
 * fetches nothing for words half typed, and one who stops, to check or to reach the Search button,
 * finds the results' files already there.
 */
const typingPauseMs = 1000;
let pause: ReturnType<typeof setTimeout> | undefined;

/** When typing pauses, the search page's first results for what is typed, fetched ahead (`prefetchFirstResults`). */
function prepareResults(q: string): void {
  void Promise.all([loadPagefind(), searchPageCode()])
    .then(([pagefind, code]) => code.prefetchFirstResults(pagefind, q))
    .catch(() => undefined);
}

for (const input of document.querySelectorAll<HTMLInputElement>('[data-app-search-input]')) {
  input.addEventListener('focus', warmUp, { once: true });
  // The search page preloads a question's key words only (src/scripts/search.ts); this page's
  // budget has no room for the question reader, so here the words go as typed.
  if (!searchPage)
    input.addEventListener('input', () => {
      const term = input.value.trim();
      clearTimeout(pause);
      if (!term) return;
      void loadPagefind()
        .then((pagefind) => pagefind.preload(term))
        .catch(() => undefined);
      pause = setTimeout(() => prepareResults(term), typingPauseMs);
    });
}

if (searchPage) void searchPageCode().then(({ startSearchPage }) => startSearchPage(searchPage));
