/**
 * Starts fetching search as soon as someone shows they are about to search: when a search box
 * gets focus, and the index pages for the words as they type. The search page then finds these
 * files in the browser's cache. Waiting for the first keystroke instead costs about 2 seconds
 * on a slow mobile connection (DESIGN.md, "Search starts loading early").
 */
import { readQuery } from '../lib/search/question.ts';
import { loadPagefind } from './pagefind-loader.ts';

for (const input of document.querySelectorAll<HTMLInputElement>('[data-app-search-input]')) {
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    // Only the words search will look for: a question's "how", "do" and "my" would fetch index files for nothing.
    const term = readQuery(input.value).keyWords.join(' ');
    if (term)
      void loadPagefind()
        .then((pagefind) => pagefind.preload(term))
        .catch(() => undefined);
  });
}
