/**
 * Every page in the sitemap (and the 404 page), each loaded once for all the checks made on every
 * page: nothing reported wrong while it loads, what a screen reader hears, axe, and reflow and text size.
 * The checks read the page and do not change it until the last (which zooms it), so sharing the load
 * hides nothing; each check is shown failing on a fixture page below.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { ambiguousLinks, repeatedHeadings, sentencesHeardTooOften, sidewaysScrolling } from '../support/page-checks.ts';
import { useOneTab, useSiteInBrowser } from '../support/site-in-browser.ts';
import { distDir } from '../support/site-checks.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const pages = await sitemapPaths();

describe('every page in the sitemap', () => {
  const session = useSiteInBrowser({ distDir });
  // One tab for every page, loaded afresh for each; fails the test on uncaught errors, console errors
  // (Content-Security-Policy violations among them) and files that did not load.
  const open = useOneTab(session);

  it('lists a good number of pages', () => {
    expect(pages.length).toBeGreaterThan(25);
  });

  it.each([...pages, '/404.html'])(
    '%s: no axe violations or console errors, heard clearly by a screen reader, and readable zoomed in',
    async (pathname) => {
      const page = await open(pathname);
      // What a screen reader hears: no sentence of eight words or more more than twice, no two headings
      // with one name, and links with the same name going to the same place.
      expect.soft(await sentencesHeardTooOften(page), 'sentences heard more than twice').toEqual([]);
      expect.soft(await repeatedHeadings(page), 'headings with the same name').toEqual([]);
      expect.soft(await ambiguousLinks(page), 'one link name, different places').toEqual([]);
      const axe = await expectNoAxeViolations(page).then(
        () => undefined,
        (error: unknown) => error,
      );
      // Last: it resizes the page and doubles its text.
      expect.soft(await sidewaysScrolling(page), 'scrolling sideways').toEqual([]);
      if (axe) throw axe;
    },
    90_000,
  );
});

describe('the every-page checks catch a page that breaks them (fixture)', () => {
  const bad = useSiteInBrowser({ distDir: path.resolve(import.meta.dirname, '../fixtures/bad-site') });

  it('axe reports an image without alt text', async () => {
    const page = await (await bad.browser.newContext()).newPage();
    await page.goto(bad.site.at('/'));
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
    await page.context().close();
  });

  it('the screen-reader checks report a repeated heading, a repeated sentence and one link name going to two places', async () => {
    const page = await (await bad.browser.newContext()).newPage();
    await page.goto(bad.site.at('/'));
    expect(await repeatedHeadings(page)).toEqual([]);
    expect(await sentencesHeardTooOften(page)).toEqual([]);
    expect(await ambiguousLinks(page)).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main');
      if (!main) throw new Error('The fixture page has a <main>');
      for (let copy = 0; copy < 3; copy += 1) {
        main.insertAdjacentHTML(
          'beforeend',
          '<h2>Same heading</h2><p>This sentence has more than eight words in it, said three times.</p>',
        );
      }
      main.insertAdjacentHTML('beforeend', '<a href="/elsewhere/">The missing page</a>');
    });
    expect(await repeatedHeadings(page)).toEqual(['Same heading']);
    expect(await sentencesHeardTooOften(page)).not.toEqual([]);
    expect(await ambiguousLinks(page)).toEqual([
      { name: 'The missing page', hrefs: [bad.site.at('/elsewhere/'), bad.site.at('/missing/')] },
    ]);
    await page.context().close();
  });

  it.each([
    // Too wide for a phone, fine on a desktop.
    ['400px', /in a 320-pixel window/],
    // Fits a 320-pixel window (160 px), but not a 1280-pixel one with 200% text (1600 px).
    ['calc(200vw - 30rem)', /with 200% text/],
  ])('the reflow check reports a block %s wide', async (width, message) => {
    const page = await (await bad.browser.newContext()).newPage();
    await page.goto(bad.site.at('/'));
    expect(await sidewaysScrolling(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    await page.evaluate((width) => {
      const block = document.createElement('div');
      block.style.width = width;
      block.style.height = '1px';
      document.body.append(block);
    }, width);
    const found = await sidewaysScrolling(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
    await page.context().close();
  });
});
