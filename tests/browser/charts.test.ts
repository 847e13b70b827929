/**
 * The "How we're doing" page and the measure pages, in Chromium against a production build:
 * a 320 px phone, no JavaScript, print and the CSV download. Set SEND_DIST_DIR to test another build than dist/.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { parseCsv } from '../unit/charts/read-csv.ts';

const chartPages = [
  '/how-we-are-doing/',
  '/measures/ehc-plans-within-20-weeks/',
  '/measures/ehc-plans-in-place/',
  '/statement/right-first-time/',
];

describe('charts of official figures', () => {
  const session = useSiteInBrowser();

  /** Runs `test` in a fresh context, closing it afterwards. */
  async function withContext<T>(
    options: Parameters<Browser['newContext']>[0],
    test: (context: BrowserContext) => Promise<T>,
  ): Promise<T> {
    const context = await session.browser.newContext(options);
    try {
      return await test(context);
    } finally {
      await context.close();
    }
  }

  it('names each chart by its title alone; the summary written from the data is read once, as the paragraph above', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(session.site.at('/measures/ehc-plans-within-20-weeks/'));
      const chart = page.getByRole('img', {
        name: 'New EHC plans issued within 20 weeks: Dorset and England, 2015 to 2024',
        exact: true,
      });
      await expect(chart.count()).resolves.toBe(1);
      // No aria-labelledby or aria-describedby: in Chromium either makes the title or the summary heard twice.
      await expect(chart.getAttribute('aria-labelledby')).resolves.toBeNull();
      await expect(chart.getAttribute('aria-describedby')).resolves.toBeNull();
      const summary = 'In 2023, 60.2% of new EHC plans in Dorset were issued within 20 weeks';
      await expect(page.getByText(summary).count()).resolves.toBe(1);
    });
  });

  it.each(chartPages)(
    '%s draws its charts as images and fits a 320 px phone: no sideways scrolling, chart text 10.5 px or larger',
    async (pathname) => {
      await withContext({ viewport: { width: 320, height: 640 } }, async (context) => {
        const page = await context.newPage();
        await page.goto(session.site.at(pathname));
        // axe runs on each of these pages in accessibility.test.ts, which sweeps every page in the sitemap.
        await expect(page.getByRole('img').count()).resolves.toBeGreaterThan(0);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        // Charts inside closed "Show the figures" sections are not drawn, so only visible ones count.
        const sizes = await page.locator('svg.app-chart__svg:visible').evaluateAll((charts) =>
          charts.map((svg) => {
            const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
            const fontSizes = [...svg.querySelectorAll('text')].map((text) =>
              Number.parseFloat(getComputedStyle(text).fontSize),
            );
            return { right: svg.getBoundingClientRect().right, smallest: Math.min(...fontSizes) * scale };
          }),
        );
        expect(sizes.length).toBeGreaterThan(0);
        for (const { right, smallest } of sizes) {
          expect(right).toBeLessThanOrEqual(320);
          expect(smallest).toBeGreaterThanOrEqual(10.5);
        }
      });
    },
  );

  it('draws the charts without JavaScript: they are in the HTML', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(session.site.at('/how-we-are-doing/'));
      await expect(page.locator('svg.app-chart__svg').count()).resolves.toBeGreaterThan(5);
    });
  });

  it('prints the chart with its key', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(session.site.at('/measures/ehc-plans-within-20-weeks/'));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('svg.app-chart__svg').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('list', { name: 'Key to the chart' }).isVisible()).resolves.toBe(true);
    });
  });

  it('offers a CSV download with the same figures as the table', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(session.site.at('/measures/requests-refused/'));
      const link = page.getByRole('link', {
        name: /Download the figures for Requests for an assessment that were refused/,
      });
      await expect(link.getAttribute('download')).resolves.toBe('requests-refused.csv');
      const response = await page.request.get(session.site.at((await link.getAttribute('href')) ?? ''));
      expect(response.headers()['content-type']).toMatch(/^text\/csv/);
      const rows = parseCsv(await response.text()).slice(1);
      const table = await page.locator('table.app-measure-table tbody tr').evaluateAll((trs) =>
        // The Dorset cell may also say "see the notes"; its first text is the figure.
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.firstChild?.textContent?.trim() ?? '')),
      );
      // The table shows "22.6%" and "No figure" where the file has 22.6 and an empty cell.
      const asTable = (cell: string | undefined) => (cell ? `${Number(cell).toFixed(1)}%` : 'No figure');
      expect(rows.map((row) => [row[0], asTable(row[1]), asTable(row[2])])).toEqual(table);
    });
  });
});
