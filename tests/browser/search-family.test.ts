/**
 * Family searches typed into the real search page in Chromium, as a family would: each new
 * search is typed into the box on the search page and submitted with Enter (searched in place,
 * without loading the page again). Checks the pages in family-queries.ts are in the top three,
 * and that a search that finds nothing still helps. Runs after `npm run build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { familyQueries, noResultQueries } from './family-queries.ts';

vi.setConfig({ testTimeout: 60_000 });

const session = useSiteInBrowser();
let page: Page;

beforeAll(async () => {
  const context = await session.browser.newContext();
  page = await context.newPage();
  await page.goto(session.site.at('/search/'));
});

afterAll(async () => {
  await page.context().close();
});

/** Types the query into the search page's box, presses Enter and returns the result links once the count is announced. */
async function searchFor(query: string): Promise<string[]> {
  const input = page.locator('#search-page-input');
  await input.fill(query);
  await input.press('Enter');
  const typed = query.replace(/\s+/g, ' ').trim();
  await expect
    .poll(() => page.locator('[data-app-search-status]').textContent(), { timeout: 20_000 })
    .toContain(`for ‘${typed}’`);
  return page
    .locator('[data-app-search-list] h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('the result count', () => {
  it('is announced from a live region that is in the accessibility tree before its first text', async () => {
    const fresh = await session.browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(session.site.at('/search/'));
      const region = other.locator('[data-app-search-status]');
      expect(await region.getAttribute('role')).toBe('status');
      expect(await region.textContent()).toBe('');
      expect(await region.evaluate((element) => getComputedStyle(element).display)).not.toBe('none');
    } finally {
      await fresh.close();
    }
  });
});

describe('family searches on the search page', () => {
  const ranks: Array<{ query: string; top3: string }> = [];
  afterAll(() => {
    // The top three for each search, for the pull request note and whoever tunes the ranking next.
    console.table(ranks);
  });

  it('has at least 40 searches, 15 of them questions in families’ words', () => {
    expect(new Set(familyQueries.map((entry) => entry.query)).size).toBeGreaterThanOrEqual(40);
    expect(
      new Set(familyQueries.filter((entry) => entry.question).map((entry) => entry.query)).size,
    ).toBeGreaterThanOrEqual(15);
  });

  it.each(familyQueries)('"$query" has $expected in the top $within', async ({ query, expected, within }) => {
    const urls = await searchFor(query);
    ranks.push({ query, top3: urls.slice(0, 3).join(' ') });
    for (const url of expected) expect(urls.slice(0, within), `results for "${query}"`).toContain(url);
  });

  it('searches in place: a new search changes the address without loading the page again', async () => {
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    await searchFor('tribunal');
    expect(new URL(page.url()).search).toBe('?q=tribunal');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await page.goBack();
    await expect.poll(() => page.locator('#search-page-input').inputValue()).not.toBe('tribunal');
  });
});

describe('a search that finds nothing', () => {
  it.each(noResultQueries)('"%s" says what the site covers and where to get help', async (query) => {
    await searchFor(query);
    const notes = page.locator('[data-app-search-results]');
    expect(await page.locator('[data-app-search-status]').textContent()).toBe(`No results for ‘${query}’.`);
    expect(await notes.textContent()).toMatch(/This site covers/);
    expect(await notes.getByRole('link', { name: /contact/i }).getAttribute('href')).toBe('/contact/');
    expect(await notes.getByRole('link', { name: /glossary/i }).getAttribute('href')).toBe('/glossary/');
    expect(await notes.getByRole('link', { name: /Local Offer/ }).count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);
  });

  it('never suggests "transfer" for "transport": a suggestion is at most two letters away', async () => {
    await searchFor('transport');
    expect(await page.locator('[data-app-search-notes]').textContent()).not.toMatch(/Did you mean/);
  });

  it('suggests an indexed word that finds results for a misspelling that finds nothing', async () => {
    // Pagefind answers "tribunel" with pages for "tribun…", so that one needs no suggestion; "tirbunal" finds nothing.
    await searchFor('tirbunal');
    expect(await page.locator('[data-app-search-status]').textContent()).toMatch(/Did you mean tribunal\?$/);
    expect(await page.getByRole('link', { name: 'tribunal', exact: true }).getAttribute('href')).toBe(
      '/search/?q=tribunal',
    );
  });
});
