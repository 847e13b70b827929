import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, recordPageProblems } from './browser.ts';
import { serveSite, type ServedSite } from './serve.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The served site and the browser a test file shares; filled in before its first test. */
export interface SiteInBrowser {
  site: ServedSite;
  browser: Browser;
}

/**
 * The site and Chromium for the test file (or describe block) that calls it, ready before its
 * first test. Under `npm run test:browser` both are the run's shared ones (started once by
 * ./browser-global-setup.ts): the browser through `chromium.connect`, and the server when the file
 * wants the production build. A file that wants another build, or its `ownServer` (the feedback
 * tests read what their server stored, through this process's environment), gets its own server;
 * a file run outside the browser project gets its own of both.
 */
export function useSiteInBrowser(options: { distDir?: string; ownServer?: boolean } = {}): SiteInBrowser {
  const session = {} as SiteInBrowser;
  const distDir = path.resolve(projectRoot, options.distDir ?? process.env.SEND_DIST_DIR ?? 'dist');
  const shared = { endpoint: inject('browserEndpoint'), url: inject('siteUrl'), distDir: inject('siteDistDir') };
  let own: ServedSite | undefined;
  beforeAll(async () => {
    if (shared.url && !options.ownServer && shared.distDir === distDir) {
      const url = shared.url;
      session.site = { url, at: (pathname) => new URL(pathname, url).toString(), dataDir: '', close: async () => {} };
    } else {
      own = await serveSite({ distDir });
      session.site = own;
    }
    session.browser = shared.endpoint ? await chromium.connect(shared.endpoint) : await launchBrowser();
  });
  afterAll(async () => {
    // On a shared browser this only disconnects, closing the contexts this file made.
    await session.browser?.close();
    await own?.close();
  });
  return session;
}

/**
 * Opens pages of the served site one after another in one tab (one with JavaScript, one without),
 * for a file whose tests each use one page at a time and leave no listeners or routes on it: a new
 * context for each page would start a new renderer process and compile axe (and Pagefind's
 * WebAssembly) afresh, about half the every-page sweep's CPU. The site keeps nothing in cookies or
 * storage, and each open is a new load of a new document (the tab set back to 1280 by 720 pixels
 * first, and screen media; an address that differs from the last only after "#" would not load again), so nothing a
 * test did carries over but the HTTP cache. A page an earlier `open` returned is
 * gone once the next one opens. After each test it fails the test on anything a page reported as
 * wrong while that test had it.
 */
export function useOneTab(session: SiteInBrowser): (pathname: string, javaScriptEnabled?: boolean) => Promise<Page> {
  const tabs = new Map<boolean, { context: BrowserContext; page: Page; problems: string[] }>();
  afterEach(() => {
    const problems = [...tabs.values()].flatMap((tab) => tab.problems.splice(0));
    expect(problems).toEqual([]);
  });
  afterAll(async () => {
    await Promise.all([...tabs.values()].map(({ context }) => context.close()));
  });
  return async (pathname, javaScriptEnabled = true) => {
    let tab = tabs.get(javaScriptEnabled);
    if (!tab) {
      const context = await session.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      tab = { context, page, problems: recordPageProblems(page) };
      tabs.set(javaScriptEnabled, tab);
    }
    await tab.page.setViewportSize({ width: 1280, height: 720 });
    await tab.page.emulateMedia({ media: null });
    await tab.page.goto(session.site.at(pathname));
    return tab.page;
  };
}
