import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { distDir, htmlFiles } from '../support/site-checks.ts';

const read = (name: string) => readFile(path.join(distDir, name), 'utf8');
const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
/** The address a built file is served at: progress/index.html → /progress/. */
const addressOf = (name: string) => `/${name.replace(/index\.html$/, '')}`;
/** The pages families read: not the browser editor at /admin/, which is for editors and kept out of search engines. */
const familyPages = async () => (await htmlFiles(distDir)).filter((name) => !name.startsWith('admin/'));

describe('findability', () => {
  it('lists every page in the sitemap, at the configured site address', async () => {
    const sitemap = await read('sitemap-0.xml');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const pages = (await familyPages())
      .filter((name) => name !== '404.html')
      .map((name) => new URL(addressOf(name), siteConfig.url).toString());
    expect(listed.sort()).toEqual(expect.arrayContaining(pages.filter((page) => !page.includes('/feedback/'))));
  });

  it('points crawlers at the sitemap from robots.txt', async () => {
    expect(await read('robots.txt')).toContain(`Sitemap: ${siteConfig.url}/sitemap-index.xml`);
  });

  it('has an RSS feed of progress updates and impact reports, linked from every page and the progress page', async () => {
    const feed = await read('feed.xml');
    expect(feed).toContain('<rss');
    // The newest built progress update and impact report, whatever the content is today (their ids sort by date).
    const built = (await familyPages()).map(addressOf);
    const newest = (pattern: RegExp) => built.filter((address) => pattern.test(address)).at(-1);
    const update = newest(/^\/progress\/\d{4}-\d{2}-\d{2}-[^/]+\/$/);
    const report = newest(/^\/impact-reports\/\d{4}-to-\d{4}\/$/);
    expect(update && report, 'a built progress update and impact report').toBeTruthy();
    expect(feed).toContain(`${siteConfig.url}${update}`);
    expect(feed).toContain(`${siteConfig.url}${report}`);
    expect(await read('index.html')).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(await read('progress/index.html')).toMatch(/<a [^>]*href="\/feed\.xml"/);
  });

  it('gives every page its own title, description, canonical address and Open Graph tags', async () => {
    const titles = new Map<string, string>();
    for (const name of await familyPages()) {
      const html = await read(name);
      const title = attribute(html, /<title>([^<]+)<\/title>/);
      expect(title, name).toBeTruthy();
      expect(attribute(html, /<meta name="description" content="([^"]+)"/), name).toBeTruthy();
      expect(attribute(html, /<meta property="og:title" content="([^"]+)"/), name).toBeTruthy();
      expect(attribute(html, /<meta property="og:description" content="([^"]+)"/), name).toBeTruthy();
      if (name !== '404.html') {
        expect(attribute(html, /<link rel="canonical" href="([^"]+)"/), name).toBe(
          new URL(addressOf(name), siteConfig.url).toString(),
        );
        const other = titles.get(title ?? '');
        expect(other, `${name} has the same title as ${other}`).toBeUndefined();
        titles.set(title ?? '', name);
      }
    }
  });
});
