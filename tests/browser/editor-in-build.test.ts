/**
 * The browser editor as the production build serves it (`npm start`, as Netlify does): its own
 * policy, Decap starting from this site alone, and kept out of the sitemap, robots and search.
 * The editor under `npm run edit` is tests/browser/editor.test.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { editorPolicy } from '../../src/lib/cms/admin-response.ts';
import { recordPageProblems } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { distDir } from '../support/site-checks.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the editor in the built site (npm start, as Netlify serves it)', () => {
  const session = useSiteInBrowser();

  test("gives /admin/ the editor's own policy and every other page the site's, unchanged", async () => {
    // The policy netlify.toml gives every page ("/*"), read as written.
    const toml = parse(await readFile(path.join(root, 'netlify.toml'), 'utf8')) as {
      headers: { for: string; values: Record<string, string> }[];
    };
    const sitePolicy = toml.headers.find((rule) => rule.for === '/*')?.values['Content-Security-Policy'];
    expect(sitePolicy).toBeDefined();
    const admin = await fetch(session.site.at('/admin/'));
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-security-policy')).toBe(editorPolicy);
    for (const pathname of ['/', '/statement/', '/admin/decap-cms.js', '/admin/config.yml']) {
      const response = await fetch(session.site.at(pathname));
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('content-security-policy'), pathname).toBe(sitePolicy);
    }
  });

  test('starts Decap from this site alone, with nothing blocked by its policy', async () => {
    const page = await (await session.browser.newContext()).newPage();
    const problems = recordPageProblems(page);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(session.site.url)) elsewhere.push(request.url());
    });
    // A build outside Netlify cannot know the repository (README "Before going live"); name one so
    // Decap gets as far as its sign-in screen. Everything else is the build's own.
    await page.route(session.site.at('/admin/config.yml'), async (route) => {
      const config = await (await route.fetch()).text();
      await route.fulfill({
        body: config.replace(/^ {2}repo: .*$/m, '  repo: example/site'),
        contentType: 'text/yaml',
      });
    });
    // Decap's 5 MB script is part of the page's load: allow for a busy machine.
    await page.goto(session.site.at('/admin/'), { timeout: 90_000 });
    await page.getByRole('button', { name: /Login with GitHub/i }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.context().close();
  }, 180_000);

  test('is left out of the sitemap, robots and search', async () => {
    expect(await readFile(path.join(distDir, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
    const sitemaps = (await readdir(distDir)).filter((name) => name.startsWith('sitemap'));
    for (const name of sitemaps) expect(await readFile(path.join(distDir, name), 'utf8')).not.toContain('/admin/');
    const html = await readFile(path.join(distDir, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
  });
});
