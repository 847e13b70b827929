import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
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
