/**
 * Loads Pagefind's browser bundle once per page. It is written by `pagefind --site dist` after
 * Astro's build, so Vite must not try to bundle it: the address is only known at run time.
 */
import type { PagefindApi } from '../lib/search/pagefind-api.ts';

const bundle = '/pagefind/pagefind.js';
let loading: Promise<PagefindApi> | undefined;

/** Pagefind, loaded and initialised (its WebAssembly and index metadata fetched); later calls share the first load. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
    await pagefind.options({ baseUrl: '/' });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, say) may be tried again on the next focus or search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
