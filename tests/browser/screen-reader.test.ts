/**
 * What a screen reader hears: the accessibility tree (playwright-core's `ariaSnapshot()`), read as a listener would.
 *
 * On every page of the real build, tests/browser/accessibility.test.ts checks that no sentence of eight words
 * or more is heard more than twice, no two headings share a name, and links with the same name go to the same
 * place (one load of each page for all its every-page checks).
 *
 * Here: golden trees of each kind of page, from a small fixture site (tests/fixtures/a11y-site/content), so
 * publishing real content never changes them: a change in what a screen reader hears shows in review as a changed
 * tests/fixtures/a11y-site/aria/*.aria.yml. After a change you mean, run
 * `npx vitest run tests/browser/screen-reader.test.ts -u`, read the diff, and commit it.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstro } from '../support/astro.ts';
import { repeatedSentences } from '../support/aria-text.ts';
import { ariaTree as tree } from '../support/page-checks.ts';
import { useOneTab, useSiteInBrowser } from '../support/site-in-browser.ts';

const work = path.join(tmpdir(), `send-a11y-site-${process.pid}`);
const fixtureDist = path.join(work, 'dist');
const golden = (name: string) => path.join(projectRoot, 'tests/fixtures/a11y-site/aria', `${name}.aria.yml`);

describe('golden accessibility trees of each kind of page (fixture site)', () => {
  beforeAll(async () => {
    await rm(work, { recursive: true, force: true });
    const build = await runAstro(
      ['build', '--outDir', fixtureDist],
      path.join(projectRoot, 'tests/fixtures/a11y-site/content'),
    );
    expect(build.ok, build.output).toBe(true);
    // Search results need the index, as npm run build makes it.
    await promisify(execFile)(process.execPath, ['src/cli/build-search.ts', fixtureDist], { cwd: projectRoot });
  }, 240_000);
  afterAll(() => rm(work, { recursive: true, force: true }));
  const session = useSiteInBrowser({ distDir: fixtureDist });
  const open = useOneTab(session);

  it.each([
    ['home', '/'],
    ['priority-area', '/statement/right-first-time/'],
    ['progress-update', '/progress/2024-05-15-area-send-inspection/'],
    ['how-we-are-doing', '/how-we-are-doing/'],
    ['glossary', '/glossary/'],
  ])('%s page (%s) sounds as reviewed', async (name, pathname) => {
    const page = await open(pathname);
    await expect(await tree(page)).toMatchFileSnapshot(golden(name));
  });

  it('search results sound as reviewed', async () => {
    const page = await open('/search/?q=EHC%20plan');
    await expect
      .poll(() => page.locator('[data-app-search-status]').textContent(), { timeout: 15_000 })
      .toMatch(/results? for/);
    await expect(await tree(page)).toMatchFileSnapshot(golden('search-results'));
  });

  it("the feedback form's errors sound as reviewed", async () => {
    const page = await open('/about/');
    await page.getByText('Report a problem with this page', { exact: true }).click();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    const summary = page.locator('[data-app-error-summary]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    const feedback = page.getByRole('region', { name: 'Is this page useful?' });
    await expect(await feedback.ariaSnapshot()).toMatchFileSnapshot(golden('feedback-errors'));
  });

  it('fails when a chart is named twice: the golden tree and the sentence count both catch it', async () => {
    const page = await open('/statement/right-first-time/');
    const reviewed = await tree(page);
    // The fault of the 25 November 2026 review: each chart named by its title and its summary, so the summary
    // (already read as a paragraph) is read again as the image's name. Put it back on this page and listen.
    await page.locator('.app-measure').evaluateAll((figures) =>
      figures.forEach((figure, index) => {
        const summary = figure.querySelector('.app-measure__summary');
        const svg = figure.querySelector('svg[role="img"]');
        const title = svg?.querySelector('title');
        if (!summary || !svg || !title) throw new Error('Each figure should have a summary and a titled chart');
        summary.id = `summary-${index}`;
        title.id = `title-${index}`;
        svg.setAttribute('aria-labelledby', `title-${index} summary-${index}`);
      }),
    );
    const doubled = await tree(page);
    expect(doubled).not.toBe(reviewed);
    // Compared with the checked-in file by hand: toMatchFileSnapshot would overwrite it under -u.
    expect(doubled).not.toBe(await readFile(golden('priority-area'), 'utf8'));
    // A copy of a figure: two charts with the same name, and its summary heard four times.
    await page
      .locator('.app-measure')
      .first()
      .evaluate((figure) => figure.after(figure.cloneNode(true)));
    expect(repeatedSentences(await tree(page))).not.toEqual([]);
  });
});
