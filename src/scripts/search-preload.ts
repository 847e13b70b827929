/**
 * Starts fetching search as soon as someone shows they are about to search: when a search box
 * gets focus, and the index pages for the words as they type. The search page then finds these
 * files in the browser's cache. Waiting for the first keystroke instead costs about 2 seconds
 * on a slow mobile connection (DESIGN.md, "Search starts loading early").
 */
import { loadPagefind, stopLoading } from './pagefind-loader.ts';

/** The search page fetches what it needs itself (src/scripts/search.ts). */
const onSearchPage = document.querySelector('[data-app-search]') !== null;

/**
 * Pagefind started and, away from the search page, its filters too (every search ranks by page
 * type): they are small and cached for a year, so the search page need not wait for them.
 */
function warmUp(): void {
  void loadPagefind()
    .then((pagefind) => (onSearchPage ? undefined : pagefind.filters()))
    .catch(() => undefined);
}

// A search sent from this page goes to the search page (the search page's own forms search in
// place and cancel the submission): nothing more is worth starting here.
window.addEventListener('submit', (event) => {
  if (!event.defaultPrevented) stopLoading();
});

for (const input of document.querySelectorAll<HTMLInputElement>('[data-app-search-input]')) {
  input.addEventListener('focus', warmUp, { once: true });
  // The search page preloads a question's key words only (src/scripts/search.ts); this page's
  // budget has no room for the question reader, so here the words go as typed.
  if (!onSearchPage)
    input.addEventListener('input', () => {
      const term = input.value.trim();
      if (term)
        void loadPagefind()
          .then((pagefind) => pagefind.preload(term))
          .catch(() => undefined);
    });
}
