import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteConfig } from '../../src/site.config.ts';
import { distDir } from './site-checks.ts';

/** Every page path the sitemap lists ("/", "/statement/", …), read from the built site. */
export async function sitemapPaths(): Promise<string[]> {
  const sitemap = await readFile(path.join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1] ?? '/', siteConfig.url).pathname)
    .sort();
}
