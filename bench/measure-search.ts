import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/serve.ts';

/** How one search went, opened cold (empty cache) as a family following a link to /search/?q=… would. */
export interface SearchCost {
  query: string;
  /** From the start of navigation to the first result link on screen, in milliseconds (the page's own clock). */
  firstResultMs: number;
  /** Bytes of the files fetched up to the first result, as the local server sends them (uncompressed). */
  bytesToFirstResult: number;
  /** The same files as a CDN would send them: HTML, CSS and JavaScript gzipped, Pagefind's own files as they are (already compressed). */
  gzipBytesToFirstResult: number;
  /** Bytes received once the page had settled (no requests for half a second), as served and as a CDN would send them. */
  bytesSettled: number;
  gzipBytesSettled: number;
  requestsSettled: number;
  /** Every file fetched, in order, with its size as served and as a CDN would send it. */
  files: Array<{ url: string; bytes: number; gzipBytes: number }>;
  /** What the page told screen readers, such as "23 results for EHCP". */
  summary: string;
}

/** The three searches the issue names: an abbreviation, a phrase and a single word. */
export const defaultQueries = ['EHCP', 'annual review', 'tribunal'] as const;

const firstResult = '[data-app-search-list] h3 a';
// Text the local server sends as it is and a CDN would compress; Pagefind compresses its index, fragments and WebAssembly itself.
const compressible = /(\/|\.(html|css|js|mjs|json|svg|xml|txt))$/;

/** A fetched file's size as the local server sends it (the file as built) and as a CDN would (gzipped if text). */
async function fileBytes(outDir: string, url: string): Promise<{ bytes: number; gzipBytes: number }> {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const content = await readFile(path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname)).catch(
    () => undefined,
  );
  if (!content) return { bytes: 0, gzipBytes: 0 };
  return { bytes: content.length, gzipBytes: compressible.test(pathname) ? gzipSync(content).length : content.length };
}

/** Adds up file sizes. */
const sum = (files: ReadonlyArray<{ bytes: number; gzipBytes: number }>) => ({
  bytes: files.reduce((total, file) => total + file.bytes, 0),
  gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
});

/**
 * Serves the built site in `outDir` with the local server (src/server/, on 127.0.0.1 and a free
 * port) and runs each query in a fresh Chromium context (an empty cache), adding up the files
 * it fetched. The local server does not compress, so sizes are given as served and as a CDN
 * would send them: HTML, CSS and JavaScript gzipped, Pagefind's files as they are (it compresses
 * its index, excerpts and WebAssembly itself).
 */
export async function measureSearch(
  outDir: string,
  queries: readonly string[] = defaultQueries,
): Promise<SearchCost[]> {
  const site = await serveSite({ distDir: outDir });
  const browser = await launchBrowser();
  try {
    // One visit first, not measured, so the first query does not also pay for Chromium warming up.
    const warmUp = await browser.newContext();
    await (await warmUp.newPage()).goto(site.at('/'));
    await warmUp.close();
    const costs: SearchCost[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        // Playwright's page events include Pagefind's web worker, which fetches the index and
        // excerpts; a DevTools Network session on the page would miss those.
        const finished: string[] = [];
        page.on('requestfinished', (request) => finished.push(request.url()));
        await page.goto(site.at(`/search/?q=${encodeURIComponent(query)}`), { waitUntil: 'commit' });
        const handle = await page.waitForFunction(
          (selector) => (document.querySelector(selector) ? performance.now() : false),
          firstResult,
          { polling: 'raf', timeout: 60_000 },
        );
        const firstResultMs = (await handle.jsonValue()) as number;
        const fetchedBeforeResult = finished.length;
        await page.waitForLoadState('networkidle');
        const summary = ((await page.locator('[data-app-search-status]').textContent()) ?? '').trim();
        const files = await Promise.all(
          finished.map(async (url) => ({ url: new URL(url).pathname, ...(await fileBytes(outDir, url)) })),
        );
        const first = sum(files.slice(0, fetchedBeforeResult));
        const settled = sum(files);
        costs.push({
          query,
          firstResultMs,
          bytesToFirstResult: first.bytes,
          gzipBytesToFirstResult: first.gzipBytes,
          bytesSettled: settled.bytes,
          gzipBytesSettled: settled.gzipBytes,
          requestsSettled: finished.length,
          files,
          summary,
        });
      } finally {
        await context.close();
      }
    }
    return costs;
  } finally {
    await browser.close();
    await site.close();
  }
}
