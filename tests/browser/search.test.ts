/**
 * Search in Chromium against the built site, served with netlify.toml's headers (so the
 * Content-Security-Policy applies), driven by the keyboard as far as a family would.
 * Set SEND_DIST_DIR to test another build than dist/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { pagefindBundle, pagefindVersion } from '../../src/lib/search/pagefind-files.ts';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJavaScript } from '../support/browser.ts';
import { useOneTab, useSiteInBrowser } from '../support/site-in-browser.ts';

// Each test loads several pages and may run axe, which takes seconds.
vi.setConfig({ testTimeout: 90_000 });

const session = useSiteInBrowser();
// One tab for each test's page in turn (each a fresh load): Pagefind's WebAssembly is compiled once.
const open = useOneTab(session);

/** What has keyboard focus: its id, its text, and whether it is a link among the results. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      id: element?.id ?? '',
      text: element?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      href: element instanceof HTMLAnchorElement ? (element.getAttribute('href') ?? '') : '',
      inResults: Boolean(element?.closest('[data-app-search-list]')),
    };
  });

/** Presses Tab until `wanted` holds for the focused element, failing after `limit` presses. */
async function tabUntil(page: Page, wanted: (element: Awaited<ReturnType<typeof focused>>) => boolean, limit = 25) {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (wanted(element)) return { element, presses };
  }
  throw new Error(`Focus did not reach the element after ${limit} presses of Tab`);
}

// The search page's live region (the feedback forms below have their own).
const status = (page: Page) => page.locator('[data-app-search-status]');
/** Loading Pagefind's WebAssembly and index takes a second or two on a busy test machine. */
const searching = { timeout: 20_000 };
const resultLinks = (page: Page) => page.locator('[data-app-search-list] h3 a');

describe('searching by keyboard', () => {
  it('searches from the header box, applies a filter, follows a result and comes back to the same results', async () => {
    const page = await open('/statement/');

    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    const { presses } = await tabUntil(page, (element) => element.id === 'header-search', 3);
    expect(presses).toBeLessThanOrEqual(2);
    await page.keyboard.type('EHCP');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/search\/\?q=EHCP$/);
    await expect.poll(() => status(page).textContent(), searching).toMatch(/^\d+ results for ‘EHCP’\.$/);
    expect(await page.locator('[data-app-search-fallback]').isHidden()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search this site' }).inputValue()).toBe('EHCP');
    // The glossary entry comes first and opens at the term; the excerpt marks the words that matched.
    expect(await resultLinks(page).first().textContent()).toBe('Education, health and care plan (EHCP)');
    expect(await resultLinks(page).first().getAttribute('href')).toBe('/glossary/#ehc-plan');
    expect(await page.locator('.app-search-result__excerpt mark').count()).toBeGreaterThan(0);

    await tabUntil(page, (element) => element.id === 'filter-type-progress-update');
    await page.keyboard.press('Space');
    await expect.poll(() => status(page).textContent(), searching).toMatch(/^\d+ results? for ‘EHCP’ with 1 filter\.$/);
    expect(new URL(page.url()).search).toBe('?q=EHCP&type=progress-update');
    const types = await page.locator('.app-search-result__meta').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toMatch(/^Progress update · /);

    const { element: result } = await tabUntil(page, (element) => element.inResults);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === result.href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(result.text);

    await page.goBack();
    await expect.poll(() => status(page).textContent(), searching).toMatch(/^\d+ results? for ‘EHCP’ with 1 filter\.$/);
    expect(await page.getByRole('checkbox', { name: 'Progress update' }).isChecked()).toBe(true);
  });

  it('starts loading search when the header search box gets focus', async () => {
    const page = await open('/statement/');
    const bundle = page.waitForRequest(
      (request) => new URL(request.url()).pathname === pagefindBundle(pagefindVersion()),
    );
    // The search page's own code too (src/scripts/search.ts, a file of its own), so it is cached when the search is sent.
    const searchPageCode = page.waitForRequest((request) =>
      /^\/_astro\/search\.[\w-]+\.js$/.test(new URL(request.url()).pathname),
    );
    await page.getByRole('searchbox', { name: 'Search this site' }).focus();
    await Promise.all([bundle, searchPageCode]);
  });
});

describe('the results page', () => {
  it('has no accessibility problems with results, filters and sorting showing', async () => {
    const page = await open('/search/?q=annual+review&sort=newest');
    await expect.poll(() => status(page).textContent(), searching).toMatch(/results for ‘annual review’/);
    await expectNoAxeViolations(page);
  });

  it('shows five results at first, and moves focus to the first of the next ten', async () => {
    const page = await open('/search/?q=EHCP');
    await expect.poll(() => status(page).textContent(), searching).toMatch(/^\d+ results for ‘EHCP’\.$/);
    const total = Number((await status(page).textContent())?.split(' ')[0]);
    expect(total).toBeGreaterThan(10);
    expect(await resultLinks(page).count()).toBe(5);
    await page.getByRole('button', { name: 'Show more results' }).press('Enter');
    await expect.poll(() => resultLinks(page).count(), searching).toBe(Math.min(total, 15));
    expect((await focused(page)).href).toBe(await resultLinks(page).nth(5).getAttribute('href'));
  });

  it('a new search typed with pauses shows the results of what was sent, not of what was typed before', async () => {
    const resultsOf = async (page: Page) => (await resultLinks(page).allTextContents()).join(' | ');
    const direct = await open('/search/?q=annual+review&type=progress-update');
    await expect
      .poll(() => status(direct).textContent(), searching)
      .toMatch(/results? for ‘annual review’ with 1 filter/);
    const wanted = await resultsOf(direct);

    const page = await open('/search/?q=inspection&type=progress-update');
    await expect.poll(() => status(page).textContent(), searching).toMatch(/results? for ‘inspection’ with 1 filter/);
    const box = page.getByRole('searchbox', { name: 'Search this site' });
    await box.fill('');
    // A pause after "annual" (search prepares it), then the rest typed and sent at once.
    await box.pressSequentially('annual');
    await page.waitForTimeout(1_000);
    await box.pressSequentially(' review');
    await box.press('Enter');
    await expect
      .poll(() => status(page).textContent(), searching)
      .toMatch(/results? for ‘annual review’ with 1 filter/);
    expect(await resultsOf(page)).toBe(wanted);
    // Typed and left to pause (search prepares it), then the sort changed before it is sent: the
    // results follow the new sort, as a search sent afresh does.
    await box.fill('inspection');
    await page.waitForTimeout(1_000);
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await expect
      .poll(() => new URL(page.url()).search, searching)
      .toBe('?q=annual+review&type=progress-update&sort=newest');
    await box.press('Enter');
    await expect.poll(() => status(page).textContent(), searching).toMatch(/results? for ‘inspection’ with 1 filter/);
    expect(new URL(page.url()).search).toBe('?q=inspection&type=progress-update&sort=newest');
    const shown = await resultsOf(page);
    // The same tab (useOneTab): the search sent afresh, for comparison.
    const newest = await open('/search/?q=inspection&type=progress-update&sort=newest');
    await expect.poll(() => status(newest).textContent(), searching).toMatch(/results? for ‘inspection’/);
    expect(shown).toBe(await resultsOf(newest));
  });

  it('a search typed in a content page’s box with a pause finds its first results’ files fetched already', async () => {
    // A context of its own: an empty cache, so nothing is fetched already but what the box fetched.
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(session.site.at('/statement/'));
      const box = page.getByRole('searchbox', { name: 'Search this site' });
      await box.click();
      await box.pressSequentially('inspection', { delay: 50 });
      await page.waitForTimeout(3_000);
      // Chromium's own record of which requests the HTTP cache answered (Playwright reports both alike).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const fragments = new Map<string, string>();
      const fromCache = new Set<string>();
      let sent = false;
      cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
        if (sent && request.url.includes('/fragment/')) fragments.set(requestId, request.url);
      });
      cdp.on('Network.responseReceived', ({ requestId, response }) => {
        if (response.fromDiskCache || response.fromPrefetchCache) fromCache.add(requestId);
      });
      sent = true;
      await box.press('Enter');
      await page.waitForURL(/\/search\/\?q=inspection$/);
      await expect.poll(() => status(page).textContent(), searching).toMatch(/^\d+ results for ‘inspection’\.$/);
      expect(await resultLinks(page).count()).toBe(5);
      // Each result shown needs its file; a request that reaches the network for one the box fetched
      // would be a second download. At most one may differ (the glossary, only on the search page, can move one up).
      expect(fragments.size).toBeGreaterThanOrEqual(5);
      const fromNetwork = [...fragments.keys()].filter((id) => !fromCache.has(id));
      expect(fromNetwork.length).toBeLessThanOrEqual(1);
    } finally {
      await context.close();
    }
  });

  it('puts the newest first when asked, with the sort in the address', async () => {
    const page = await open('/search/?q=inspection');
    await expect.poll(() => status(page).textContent(), searching).toMatch(/results for ‘inspection’/);
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await expect.poll(() => new URL(page.url()).search, searching).toBe('?q=inspection&sort=newest');
    await expect
      .poll(async () => {
        const dates = await page
          .locator('.app-search-result__meta time')
          .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
        return dates.length > 1 && dates.join() === [...dates].sort().reverse().join();
      }, searching)
      .toBe(true);
  });

  it('filters by priority area and year from the address', async () => {
    const page = await open('/search/?q=inspection&area=listen-and-involve&year=2019');
    await expect
      .poll(() => status(page).textContent(), searching)
      // A count, not "No results": the check of each result's year below must have results to check.
      .toMatch(/^[1-9]\d* results? for ‘inspection’ with 2 filters\./);
    expect(
      await page
        .getByRole('checkbox', { name: 'Listen to and involve families, children and young people' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Year' }).inputValue()).toBe('2019');
    const dates = await page.locator('.app-search-result__meta time').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toContain('2019');
  });

  it('offers the glossary word for a misspelling', async () => {
    const page = await open('/search/?q=tirbunal');
    await expect.poll(() => status(page).textContent(), searching).toMatch(/Did you mean tribunal\?$/);
    expect(await page.getByRole('link', { name: 'tribunal', exact: true }).getAttribute('href')).toBe(
      '/search/?q=tribunal',
    );
  });

  it('says when nothing is found and what to try, without accessibility problems', async () => {
    const page = await open('/search/?q=xylophone');
    await expect.poll(() => status(page).textContent(), searching).toBe('No results for ‘xylophone’.');
    expect(await page.getByText('Improve your search results by:').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript and lists every page A to Z by type, and the glossary', async () => {
    const page = await open('/search/?q=EHCP', false);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        'Written Statement of Action',
        'Progress updates',
        'Impact reports',
        'About this site',
        'Glossary terms',
      ]),
    );
    expect(await page.getByRole('link', { name: 'Get it right first time, on time' }).getAttribute('href')).toBe(
      '/statement/right-first-time/',
    );
    expect(await page.getByRole('link', { name: 'Education, health and care plan (EHCP)' }).getAttribute('href')).toBe(
      '/glossary/#ehc-plan',
    );
    expect(await page.locator('[data-app-search-filters]').isHidden()).toBe(true);
    await expectNoAxeViolationsWithoutJavaScript(page);
  });
});
