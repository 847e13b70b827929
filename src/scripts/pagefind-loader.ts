/**
 * Loads Pagefind's browser bundle once per page. It is written by `pagefind --site dist` after
 * Astro's build, so Vite must not try to bundle it: the address comes from the search box's
 * `data-app-pagefind` attribute (src/lib/search/pagefind-files.ts), with Pagefind's version in it.
 */
import type { PagefindApi } from '../lib/search/pagefind-api.ts';

let loading: Promise<PagefindApi> | undefined;
let leaving = false;

/**
 * Stops a load still under way from starting Pagefind: the page is going to the search page,
 * which fetches everything itself, and files asked for now would only be cancelled and asked for
 * again there (two requests each on a slow link).
 */
export function stopLoading(): void {
  leaving = true;
}

/** The bundle's address as the page's search box gives it (it has Pagefind's version in it). */
function bundleAddress(): string {
  const address = document.querySelector<HTMLElement>('[data-app-pagefind]')?.dataset['appPagefind'];
  if (!address) throw new Error("No search box names Pagefind's bundle: check src/components/SearchForm.astro.");
  return address;
}

/** Pagefind, loaded and initialised (its WebAssembly and index metadata fetched); later calls share the first load. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundleAddress())) as PagefindApi;
    if (leaving) throw new Error('Not starting search: the page is being left for the search page.');
    // Every search box names the build (src/lib/search/pagefind-files.ts), so the entry file has one
    // address a build: the search page preloads it, and finds it cached if a search box fetched it.
    const tag = document.querySelector<HTMLElement>('[data-app-pagefind-tag]')?.dataset['appPagefindTag'];
    await pagefind.options({
      baseUrl: '/',
      // No web worker: searching 1,000 pages takes a few milliseconds on the page itself, and the
      // worker costs a file and a round trip more, and cannot use what the page preloaded.
      noWorker: true,
      ...(tag ? { metaCacheTag: tag } : {}),
    });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, say) may be tried again on the next focus or search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
