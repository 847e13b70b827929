import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/serve.ts';
import { readQuery } from '../src/lib/search/question.ts';
import { fastLink, slow4g, throttledProxy, type ThrottledProxy } from './throttle.ts';

/** How one search went, timed as a family meets it. */
export interface SearchCost {
  query: string;
  /**
   * cold: Enter in a content page's header search box, empty cache, Slow 4G, typed at a phone's pace;
   * cold, typed at once: the same with the query pasted in and Enter pressed straight away, so
   * nothing loaded while typing has had time to arrive;
   * again: the same from another content page in the same browser (files cached), Slow 4G;
   * new search: a new query typed on the search page (searched in place), fast link, at a phone's pace;
   * new search, typed at once: the same pasted in, so the index files for its words are fetched after Enter.
   */
  kind: 'cold' | 'cold, typed at once' | 'again' | 'new search' | 'new search, typed at once';
  /** From pressing Enter to the first result on screen, in milliseconds. */
  firstResultMs: number;
  /** From pressing Enter to the first screenful shown and its count announced (searches on the search page only). */
  allShownMs?: number;
  /** Every request that reached the server from pressing Enter until the network was quiet after the results (files the browser had cached fresh do not). */
  requests: number;
  /** Their addresses, in order, for finding out what a search fetches. */
  files: string[];
  /** Bytes those answers carried (as sent: compressed), which a slow link takes its time over. */
  bytes: number;
  /** What the page told screen readers, such as "23 results for ‘EHCP’." */
  summary: string;
  /** A family's question (issue 17): some of its words are question words, dropped before searching. */
  question: boolean;
}

/** Whether search drops some of the query's words as question words ("how", "many", "an", "in"). */
export function isQuestion(query: string): boolean {
  return readQuery(query).keyWords.length < query.trim().split(/\s+/).length;
}

/** An abbreviation, a phrase, a word and a family's question from issue 17 (nine words typed; four left once question words are dropped). */
export const defaultQueries = [
  'EHCP',
  'annual review',
  'tribunal',
  'how many children have an EHC plan in Dorset',
] as const;

const firstResult = '[data-app-search-list] h3 a';
const status = '[data-app-search-status]';
const quietMs = 500;

/**
 * Milliseconds between keys when typing on a phone: people average about 36 words (180
 * characters) a minute on a touch screen (Palin et al., "How do people type on mobile
 * devices?", MobileHCI 2019), one key every third of a second.
 */
const phoneKeyMs = 330;

/**
 * A page that notes, by the browser's own clock, the frame in which a first result is on screen
 * (one not marked as left from the last search). Asking Playwright instead adds its polling
 * between the processes, which on a busy machine was 0.3 to 1 s on top of what a family sees.
 */
async function timedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((selector: string) => {
    const timed = window as unknown as { benchFirstResultAt?: number };
    const check = () => {
      const link = timed.benchFirstResultAt === undefined ? document.querySelector(selector) : null;
      if (link && !link.hasAttribute('data-bench-shown'))
        timed.benchFirstResultAt = performance.timeOrigin + performance.now();
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, firstResult);
  return page;
}

/** When the page first showed a result (see `timedPage`), in milliseconds after `started`. */
async function shownAfter(page: Page, started: number): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { benchFirstResultAt?: number }).benchFirstResultAt !== undefined,
    undefined,
    { timeout: 60_000, polling: 'raf' },
  );
  const shownAt = await page.evaluate(() => (window as unknown as { benchFirstResultAt?: number }).benchFirstResultAt);
  return Math.round((shownAt ?? Number.NaN) - started);
}

/** Counts the requests that reach the server from a moment on, until the network is quiet. */
function watchRequests(proxy: ThrottledProxy) {
  let from = 0;
  return {
    start: () => {
      from = proxy.requested.length;
    },
    async quiet(): Promise<{ files: string[]; bytes: number }> {
      while (proxy.inFlight() > 0 || Date.now() - proxy.lastActivity() < quietMs)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const bytes = proxy.sentBytes.slice(from).reduce((sum, size) => sum + size, 0);
      return { files: proxy.requested.slice(from), bytes };
    },
  };
}

/** Types the query into the content page's header search box and times Enter to the first result. */
async function searchFromContentPage(
  page: Page,
  proxy: ThrottledProxy,
  pathname: string,
  query: string,
  kind: SearchCost['kind'],
): Promise<SearchCost> {
  const requests = watchRequests(proxy);
  await page.goto(proxy.at(pathname), { waitUntil: 'load' });
  const input = page.locator('header [data-app-search-input]').first();
  // Focusing the box starts loading search, as a family's tap would; typing takes a moment, as it does for them.
  await input.click();
  if (kind === 'cold, typed at once') await input.fill(query);
  else await input.pressSequentially(query, { delay: phoneKeyMs });
  requests.start();
  const started = Date.now();
  await input.press('Enter');
  const firstResultMs = await shownAfter(page, started);
  const { files, bytes } = await requests.quiet();
  const summary = ((await page.locator(status).textContent()) ?? '').trim();
  return { query, kind, firstResultMs, requests: files.length, files, bytes, summary, question: isQuestion(query) };
}

/**
 * Types a new query on the search page (already showing results), at a phone's pace or at once,
 * and times Enter to its first result.
 */
async function newSearchOnSearchPage(
  page: Page,
  proxy: ThrottledProxy,
  query: string,
  kind: 'new search' | 'new search, typed at once',
): Promise<SearchCost> {
  const requests = watchRequests(proxy);
  const input = page.locator('#search-page-input');
  if (kind === 'new search, typed at once') await input.fill(query);
  else {
    await input.fill('');
    await input.pressSequentially(query, { delay: phoneKeyMs });
  }
  // The last search's results stay on screen until the new ones replace them: mark them, so the
  // first result without the mark is the new search's.
  await page.evaluate((selector) => {
    document.querySelector(selector)?.setAttribute('data-bench-shown', '');
    delete (window as unknown as { benchFirstResultAt?: number }).benchFirstResultAt;
  }, firstResult);
  requests.start();
  const started = Date.now();
  await input.press('Enter');
  const firstResultMs = await shownAfter(page, started);
  // The page says how many it found once the first screenful is shown.
  await page.waitForFunction(
    ([selector, wanted]) => (document.querySelector(selector ?? '')?.textContent ?? '').includes(wanted ?? ''),
    [status, `for ‘${query}’`],
    { timeout: 60_000, polling: 'raf' },
  );
  const allShownMs = Date.now() - started;
  const { files, bytes } = await requests.quiet();
  const summary = ((await page.locator(status).textContent()) ?? '').trim();
  return {
    query,
    kind,
    firstResultMs,
    allShownMs,
    requests: files.length,
    files,
    bytes,
    summary,
    question: isQuestion(query),
  };
}

/**
 * Serves the built site in `outDir` and runs each query five ways: cold from a content page on
 * Slow 4G (a fresh browser context, so an empty cache), again from another content page in the
 * same context, cold again with the query typed at once, and as a new search on the search page
 * on a fast link, typed at a phone's pace and at once.
 */
export async function measureSearch(
  outDir: string,
  contentPages: readonly [string, string],
  queries: readonly string[] = defaultQueries,
  /** Another netlify.toml, to measure a build of another commit with that commit's headers. */
  configFile?: string,
): Promise<SearchCost[]> {
  const site = await serveSite({ distDir: outDir, ...(configFile ? { configFile } : {}) });
  const slow = await throttledProxy(new URL(site.at('/')).origin, slow4g);
  const fast = await throttledProxy(new URL(site.at('/')).origin, fastLink);
  const browser = await launchBrowser();
  try {
    // One visit first, not measured, so the first query does not also pay for Chromium warming up.
    const warmUp = await browser.newContext();
    await (await warmUp.newPage()).goto(site.at('/'));
    await warmUp.close();
    const costs: SearchCost[] = [];
    for (const [index, query] of queries.entries()) {
      const slowContext = await browser.newContext();
      try {
        const page = await timedPage(slowContext);
        costs.push(await searchFromContentPage(page, slow, contentPages[0], query, 'cold'));
        costs.push(await searchFromContentPage(page, slow, contentPages[1], query, 'again'));
      } finally {
        await slowContext.close();
      }
      const pastedContext = await browser.newContext();
      try {
        const page = await timedPage(pastedContext);
        costs.push(await searchFromContentPage(page, slow, contentPages[0], query, 'cold, typed at once'));
      } finally {
        await pastedContext.close();
      }
      for (const kind of ['new search', 'new search, typed at once'] as const) {
        const fastContext = await browser.newContext();
        try {
          const page = await timedPage(fastContext);
          const before = queries[(index + 1) % queries.length] ?? 'EHCP';
          await page.goto(fast.at(`/search/?q=${encodeURIComponent(before)}`));
          await page.waitForSelector(firstResult, { timeout: 60_000 });
          costs.push(await newSearchOnSearchPage(page, fast, query, kind));
        } finally {
          await fastContext.close();
        }
      }
    }
    return costs;
  } finally {
    await browser.close();
    await slow.close();
    await fast.close();
    await site.close();
  }
}
