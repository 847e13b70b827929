import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, recordPageProblems } from './browser.ts';
import { serveSite, type ServedSite } from './serve.ts';

/** The served site and the browser a test file shares; filled in before its first test. */
export interface SiteInBrowser {
  site: ServedSite;
  browser: Browser;
}

/**
 * Serves the built site and launches Chromium once for the test file (or describe block) that
 * calls it, and closes both after its last test.
 */
export function useSiteInBrowser(options: { distDir?: string } = {}): SiteInBrowser {
  const session = {} as SiteInBrowser;
  beforeAll(async () => {
    session.site = await serveSite({ distDir: options.distDir ?? process.env.SEND_DIST_DIR ?? 'dist' });
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}

/**
 * Opens pages of the served site for the tests of a file, each in a new browser context (with or
 * without JavaScript). After each test it closes them and fails the test on anything a page reported
 * as wrong: uncaught errors, console errors (Content-Security-Policy violations among them) and
 * files that did not load.
 */
export function usePageOpener(
  session: SiteInBrowser,
): (pathname: string, javaScriptEnabled?: boolean) => Promise<Page> {
  let opened: { context: BrowserContext; problems: string[] }[] = [];
  afterEach(async () => {
    const closing = opened;
    opened = [];
    await Promise.all(closing.map(({ context }) => context.close()));
    expect(closing.flatMap(({ problems }) => problems)).toEqual([]);
  });
  return async (pathname, javaScriptEnabled = true) => {
    const context = await session.browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    opened.push({ context, problems: recordPageProblems(page) });
    await page.goto(session.site.at(pathname));
    return page;
  };
}
