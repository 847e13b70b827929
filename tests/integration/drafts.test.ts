import { access, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressTemplate } from '../../src/lib/scaffold.ts';
import { fetchWhenReady, projectRoot, runAstro, startDevServer } from '../support/astro.ts';

const draftTitle = 'A draft update nobody should see yet';
const draftId = '2026-11-25-draft-update';
const readyTitle = 'Progress update: a newcomer follows the guide';
const readyId = '2026-11-25-ready-update';

describe('draft content', () => {
  let content: string;
  beforeAll(async () => {
    content = await mkdtemp(path.join(tmpdir(), 'send-drafts-'));
    await cp(path.join(projectRoot, 'content'), content, { recursive: true });
    const today = new Date('2026-11-25T00:00:00Z');
    await writeFile(
      path.join(content, 'progress', `${draftId}.md`),
      progressTemplate(draftTitle, today, 'right-first-time'),
    );
    // As CONTRIBUTING.md says: start from the template, then delete "draft: true" to publish.
    // Then, as "Change a page that is already published" says: set updated and add a line to changes.
    const published = progressTemplate(readyTitle, today, 'right-first-time').replace('draft: true\n', '');
    const changed = published.replace(
      'published: 2026-11-25\n',
      'published: 2026-11-25\nupdated: 2026-12-01\nchanges:\n  - date: 2026-12-01\n    summary: "Added what happens next."\n',
    );
    await writeFile(path.join(content, 'progress', `${readyId}.md`), changed);
  });
  afterAll(() => rm(content, { recursive: true, force: true }));

  it('is left out of a production build, its lists and its feed, while a finished update is published', async () => {
    const out = path.join(content, '..', `${path.basename(content)}-dist`);
    try {
      // As Netlify builds it: the repository address (with the token Netlify may put in it) and branch.
      const netlify = {
        REPOSITORY_URL: 'https://x-access-token:secret-token@github.com/dorset/send-site',
        BRANCH: 'main',
      };
      const build = await runAstro(['build', '--outDir', out], content, netlify);
      expect(build.ok, build.output).toBe(true);
      await expect(access(path.join(out, 'progress', draftId, 'index.html'))).rejects.toThrow();
      expect(await readFile(path.join(out, 'progress', 'index.html'), 'utf8')).not.toContain(draftTitle);
      expect(await readFile(path.join(out, 'feed.xml'), 'utf8')).not.toContain(draftTitle);
      expect(await readFile(path.join(out, 'index.html'), 'utf8')).not.toContain(draftTitle);
      const readyPage = await readFile(path.join(out, 'progress', readyId, 'index.html'), 'utf8');
      expect(readyPage).toContain(readyTitle);
      expect(readyPage).toContain(
        `<a class="govuk-link" href="https://github.com/dorset/send-site/edit/main/content/progress/${readyId}.md">Edit this page</a>`,
      );
      expect(readyPage).not.toContain('secret-token');
      // "Last updated" from front matter, and "see all updates" leading to the list made from changes.
      expect(readyPage).toMatch(
        /Published <time datetime="2026-11-25">25 November 2026<\/time>\. Last updated <time datetime="2026-12-01">1 December 2026<\/time>/,
      );
      expect(readyPage).toContain('<a class="govuk-link" href="#full-history">see all updates</a>');
      expect(readyPage).toMatch(
        /id="full-history">All updates to this page<\/h2>[\s\S]*1 December 2026<\/time><\/dt>\s*<dd class="govuk-summary-list__value">Added what happens next\.<\/dd>[\s\S]*First published\./,
      );
      expect(await readFile(path.join(out, 'progress', 'index.html'), 'utf8')).toContain(readyTitle);
      expect(await readFile(path.join(out, 'statement', 'right-first-time', 'index.html'), 'utf8')).toContain(
        readyTitle,
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);

  it('shows while an editor previews with npm run dev', async () => {
    const dev = await startDevServer(content, 4400 + Math.floor(Math.random() * 500));
    try {
      const page = await fetchWhenReady(`${dev.url}/progress/${draftId}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(draftTitle);
      expect(await (await fetch(`${dev.url}/progress/`)).text()).toContain(draftTitle);
    } finally {
      await dev.stop();
    }
  }, 120_000);
});
