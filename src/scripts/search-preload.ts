/**
 * Starts fetching search as soon as someone shows they are about to search: when a search box
 * gets focus, and the index pages for the words as they type. The search page then finds these
 * files in the browser's cache. Waiting for the first keystroke instead costs about 2 seconds
 * on a slow mobile connection (DESIGN.md, "Search starts loading early").
 */
import { readQuery } from '../lib/search/question.ts';
import { loadPagefind, stopLoading } from './pagefind-loader.ts';

/**
 * Pagefind started and, away from the search page, its filters too (every search ranks by page
 * type): they are small and cached for a year, so the search page need not wait for them. The
 * search page fetches what it needs itself.
 */
function warmUp(): void {
  const onSearchPage = document.querySelector('[data-app-search]') !== null;
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
  input.addEventListener('input', () => {
    // Only the words search will look for: a question's "how", "do" and "my" would fetch index files for nothing.
    const term = readQuery(input.value).keyWords.join(' ');
    if (term)
      void loadPagefind()
        .then((pagefind) => pagefind.preload(term))
        .catch(() => undefined);
  });
}
