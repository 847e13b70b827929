/**
 * Lists as the site grows: a build with 50 generated progress updates (from the benchmark's
 * generator) on top of the real content, so the progress lists run to several pages, the timeline,
 * area pages, search's A to Z and the feed are capped, and every page is still accessible and linked.
 * 50 is enough for every cap below (more than 50 updates in all for the feed's 50, more than 20 on one
 * priority area for its second page) and builds in about half the time of 100; the tests check the
 * counts they rely on, so too few fails them rather than passing them on nothing.
 *
 * The same build, made as Netlify makes it, also holds a draft and a published update that was then
 * changed (tests/support/draft-updates.ts): one production build serves both, as each costs seconds of CPU.
 */
import { execFile } from 'node:child_process';
import { access, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBenchContent } from '../../bench/write-content.ts';
import { projectRoot, runAstro } from '../support/astro.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { changedUpdate, draftUpdate, writeChangedUpdate, writeDraftUpdate } from '../support/draft-updates.ts';
import { useOneTab, useSiteInBrowser } from '../support/site-in-browser.ts';
import { brokenLinks } from '../support/site-checks.ts';

const work = path.join(tmpdir(), `send-long-lists-${process.pid}`);

/** How many published progress updates a content folder holds: counted, so publishing one more never breaks this test. */
async function publishedUpdates(contentDir: string): Promise<number> {
  const folder = path.join(contentDir, 'progress');
  const names = (await readdir(folder)).filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'));
  const texts = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
  return texts.filter((text) => !/^draft:\s*true\s*$/m.test(text)).length;
}
const out = path.join(work, 'dist');

describe('long lists', () => {
  let total = 0;
  beforeAll(async () => {
    await rm(work, { recursive: true, force: true });
    const content = path.join(work, 'content');
    const generated = await writeBenchContent(path.join(projectRoot, 'content'), content, 50, 7);
    await Promise.all([writeDraftUpdate(content), writeChangedUpdate(content)]);
    total =
      generated.filter((file) => file.kind === 'progress').length +
      (await publishedUpdates(path.join(projectRoot, 'content'))) +
      1;
    expect(await publishedUpdates(content)).toBe(total);
    // As Netlify builds it: the repository address (with the token Netlify may put in it) and branch.
    const netlify = {
      REPOSITORY_URL: 'https://x-access-token:secret-token@github.com/dorset/send-site',
      BRANCH: 'main',
    };
    const build = await runAstro(['build', '--outDir', out], content, netlify);
    expect(build.ok, build.output).toBe(true);
    // The search index too, as npm run build makes it: the search page loads it.
    await promisify(execFile)(process.execPath, ['src/cli/build-search.ts', out], { cwd: projectRoot });
  }, 180_000);
  afterAll(() => rm(work, { recursive: true, force: true }));
  const session = useSiteInBrowser({ distDir: out });
  const open = useOneTab(session);

  it('shows progress updates 20 to a page, numbered on, with links to every page', async () => {
    const pageCount = Math.ceil(total / 20);
    const first = await open('/progress/');
    await expect(first.locator('ol.app-card-list > li').count()).resolves.toBe(20);
    const nav = first.getByRole('navigation', { name: 'Pages of progress updates' });
    await expect(nav.getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).resolves.toBe('page');
    await expect(nav.getByRole('link', { name: `Page ${pageCount}` }).getAttribute('href')).resolves.toBe(
      `/progress/page/${pageCount}/`,
    );
    await expect(nav.locator('a[rel="next"]').getAttribute('href')).resolves.toBe('/progress/page/2/');

    const second = await open('/progress/page/2/');
    await expect(second.title()).resolves.toMatch(new RegExp(`^Progress updates \\(page 2 of ${pageCount}\\) - `));
    await expect(second.getByText(`Page 2 of ${pageCount}: updates 21 to 40.`).count()).resolves.toBe(1);
    await expect(second.locator('ol.app-card-list').getAttribute('start')).resolves.toBe(String(total - 20));
    await expect(second.locator('nav.govuk-pagination a[rel="prev"]').getAttribute('href')).resolves.toBe('/progress/');

    const last = await open(`/progress/page/${pageCount}/`);
    await expect(last.locator('ol.app-card-list > li').count()).resolves.toBe(total - (pageCount - 1) * 20);
    await expect(last.locator('nav.govuk-pagination a[rel="next"]').count()).resolves.toBe(0);
    expect((await fetch(session.site.at(`/progress/page/${pageCount + 1}/`))).status).toBe(404);
  });

  it('pages the updates on each priority area too', async () => {
    const page = await open('/progress/area/right-first-time/page/2/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Get it right first time, on time',
    );
    await expect(page.locator('nav.govuk-pagination a[rel="prev"]').getAttribute('href')).resolves.toBe(
      '/progress/area/right-first-time/',
    );
  });

  it.each(['/progress/page/2/', '/progress/area/right-first-time/page/2/'])(
    '%s has no axe violations',
    async (pathname) => {
      await expectNoAxeViolations(await open(pathname));
    },
    90_000,
  );

  it('keeps pages that show part of the list short, with a link to the rest', async () => {
    const area = await open('/statement/right-first-time/');
    await expect(area.locator('#updates ~ ol.app-card-list > li').count()).resolves.toBe(10);
    await expect(
      area
        .getByRole('link', { name: /^Read all \d+ updates on get it right first time, on time$/ })
        .getAttribute('href'),
    ).resolves.toBe('/progress/area/right-first-time/');

    const doing = await open('/how-we-are-doing/');
    await expect(
      doing.getByRole('heading', { name: 'The latest 20 progress updates, oldest first' }).count(),
    ).resolves.toBe(1);
    await expect(doing.locator('ol.app-timeline > li').count()).resolves.toBe(20);

    // The A to Z is what search offers without JavaScript.
    const search = await open('/search/', false);
    await expect(
      search.getByRole('link', { name: `All ${total} progress updates, newest first` }).getAttribute('href'),
    ).resolves.toBe('/progress/');

    // More updates than the feed holds, so its cap is what keeps it at 50.
    expect(total).toBeGreaterThan(50);
    const feed = await (await fetch(session.site.at('/feed.xml'))).text();
    expect(feed.match(/<item>/g)).toHaveLength(50);
  });

  it('has no broken links, page numbers included', async () => {
    expect(await brokenLinks(out)).toEqual([]);
  }, 60_000);

  describe('drafts and changed pages', () => {
    const builtPage = (...parts: string[]) => readFile(path.join(out, ...parts), 'utf8');

    it('leaves a draft out of the build, its lists and its feed', async () => {
      await expect(access(path.join(out, 'progress', draftUpdate.id, 'index.html'))).rejects.toThrow();
      for (const page of [['progress', 'index.html'], ['feed.xml'], ['index.html']])
        expect(await builtPage(...page), page.join('/')).not.toContain(draftUpdate.title);
    });

    it('publishes a finished update with its edit link, its last update and the list of its changes', async () => {
      const { id, title } = changedUpdate;
      const page = await builtPage('progress', id, 'index.html');
      expect(page).toContain(title);
      expect(page).toContain(
        `<a class="govuk-link" href="https://github.com/dorset/send-site/edit/main/content/progress/${id}.md">Edit this page</a>`,
      );
      expect(page).not.toContain('secret-token');
      // "Last updated" from front matter, and "see all updates" leading to the list made from changes.
      expect(page).toMatch(
        /Published <time datetime="2026-11-25">25 November 2026<\/time>\. Last updated <time datetime="2026-12-01">1 December 2026<\/time>/,
      );
      expect(page).toContain('<a class="govuk-link" href="#full-history">see all updates</a>');
      expect(page).toMatch(
        /id="full-history">All updates to this page<\/h2>[\s\S]*1 December 2026<\/time><\/dt>\s*<dd class="govuk-summary-list__value">Added what happens next\.<\/dd>[\s\S]*First published\./,
      );
      // Listed where a published update goes: the progress list (newest first, so on its first page) and its area.
      expect(await builtPage('progress', 'index.html')).toContain(title);
      expect(await builtPage('statement', 'right-first-time', 'index.html')).toContain(title);
    });
  });
});
