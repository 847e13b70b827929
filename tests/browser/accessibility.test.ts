import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, recordPageProblems } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { distDir } from '../support/site-checks.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const pages = await sitemapPaths();

describe('accessibility of every page in the sitemap', () => {
  const session = useSiteInBrowser({ distDir });

  it('lists a good number of pages', () => {
    expect(pages.length).toBeGreaterThan(25);
  });

  it.each([...pages, '/404.html'])(
    '%s has no axe violations and no console errors',
    async (pathname) => {
      const context = await session.browser.newContext();
      try {
        const page = await context.newPage();
        const problems = recordPageProblems(page);
        await page.goto(session.site.at(pathname));
        await expectNoAxeViolations(page);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});

describe('the axe sweep catches a page that breaks the rules', () => {
  const bad = useSiteInBrowser({ distDir: path.resolve(import.meta.dirname, '../fixtures/bad-site') });

  it('reports an image without alt text on the bad-site fixture', async () => {
    const page = await (await bad.browser.newContext()).newPage();
    await page.goto(bad.site.at('/'));
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  });
});
