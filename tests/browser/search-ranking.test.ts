/**
 * The built Pagefind index, in Node, through the same code the search page runs (filters,
 * sorting, the glossary's words in the index). The family searches themselves run in the real
 * search page in Chromium (search-family.test.ts). Runs after the build: `npm run test:browser`,
 * or set SEND_DIST_DIR to another build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { contentDirectory } from '../../src/lib/content-directory.ts';
import { contentTypes } from '../../src/lib/search/content-types.ts';
import type { GlossaryWords } from '../../src/lib/search/glossary-words.ts';
import type { PagefindApi, PagefindResultData } from '../../src/lib/search/pagefind-api.ts';
import { pagefindFolder, pagefindVersion } from '../../src/lib/search/pagefind-files.ts';
import { runSearch, suggestSearches } from '../../src/lib/search/run-search.ts';
import { readSearchState } from '../../src/lib/search/search-state.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const distDir = path.resolve(projectRoot, process.env.SEND_DIST_DIR ?? 'dist');

let pagefind: PagefindApi;
let glossary: GlossaryWords[];
const realFetch = globalThis.fetch;

/** Lets Pagefind, which loads its index with fetch, read the built files from disk. */
async function fetchFiles(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith('file:')) return realFetch(input, init);
  return new Response(await readFile(fileURLToPath(url)));
}

beforeAll(async () => {
  globalThis.fetch = fetchFiles as typeof fetch;
  const entry = path.join(distDir, pagefindFolder(pagefindVersion()), 'pagefind.js');
  pagefind = (await import(/* @vite-ignore */ pathToFileURL(entry).href).catch((error: unknown) => {
    throw new Error(
      `There is no search index at ${entry}: run "npm run build" first, or set SEND_DIST_DIR to a built site. (${String(error)})`,
    );
  })) as PagefindApi;
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init();
  // As the search page gets it: through the glossary's schema (an entry with no other words has an empty
  // list), published entries only (drafts are left out of the build).
  const entries = z
    .array(glossaryTermSchema)
    .parse(parse(await readFile(path.join(projectRoot, contentDirectory(), 'glossary.yaml'), 'utf8')));
  glossary = entries.filter((entry) => !entry.draft);
});

afterAll(() => {
  globalThis.fetch = realFetch;
});

/** Searches as the search page does for an address's query string, and loads every result. */
async function search(query: string): Promise<PagefindResultData[]> {
  const state = readSearchState(new URLSearchParams(query));
  const results = await runSearch(pagefind, state, glossary);
  return Promise.all(results.map((ranked) => ranked.result.data()));
}

describe('what the index holds', () => {
  it('gives every indexed page a known content type', async () => {
    const everything = await pagefind.search(null);
    const data = await Promise.all(everything.results.map((result) => result.data()));
    const known: string[] = contentTypes.map((type) => type.slug);
    for (const page of data)
      expect(known, `${page.url} has type ${String(page.filters['type'])}`).toContain(page.filters['type']?.[0]);
  });

  it('leaves out lists of links, the search page and the error page', async () => {
    const urls = (await Promise.all((await pagefind.search(null)).results.map((result) => result.data()))).map(
      (page) => page.url,
    );
    for (const left of [
      '/',
      '/search/',
      '/progress/',
      '/impact-reports/',
      '/progress/area/right-first-time/',
      '/404.html',
    ])
      expect(urls).not.toContain(left);
  });

  it('indexes the main content only: no skip link, header, breadcrumbs, feedback or footer', async () => {
    const [page] = await search('q=cabinet');
    expect(page?.url).toBe('/progress/2024-06-11-post-inspection-action-plan/');
    for (const chrome of [
      'Skip to main content',
      'Search this site',
      'Is this page useful',
      'Report a problem',
      'Support links',
      'This site sets no cookies',
    ]) {
      expect(page?.content).not.toContain(chrome);
    }
  });
});

describe('filters and sorting', () => {
  it('keeps only the content type asked for', async () => {
    const pages = await search('q=EHCP&type=progress-update');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.filters['type']).toEqual(['progress-update']);
  });

  it('keeps any of several content types', async () => {
    const types = new Set(
      (await search('q=inspection&type=statement&type=glossary')).map((page) => page.filters['type']?.[0]),
    );
    expect([...types].sort()).toEqual(['glossary', 'statement']);
  });

  it('keeps only pages about the priority area and year asked for', async () => {
    const pages = await search('q=inspection&area=listen-and-involve&year=2019');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page.filters['area']).toContain('listen-and-involve');
      expect(page.filters['year']).toContain('2019');
    }
  });

  it('puts the newest first when asked, and undated pages last', async () => {
    const dates = (await search('q=inspection&sort=newest')).map((page) => page.meta['date'] ?? '');
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((date) => date === '')).toBe(true);
  });
});

describe('the glossary’s other words in the index', () => {
  it('finds a page by another word for a term it uses, without showing that word', async () => {
    const pages = await search('q=EHCP');
    const update = pages.find((page) => page.url === '/impact-reports/2023-to-2024/');
    expect(update, 'the report says "EHC plans", never "EHCP"').toBeDefined();
    expect(update?.content).not.toMatch(/\bEHCP\b/);
    expect(update?.excerpt).not.toMatch(/\bEHCP\b/);
    expect(update?.meta['keywords']).toContain('EHCP');
  });
});

describe('misspellings and searches that find nothing', () => {
  const vocabulary = async () =>
    JSON.parse(await readFile(path.join(distDir, 'search', 'words.json'), 'utf8')) as string[];

  it('suggests the indexed word for a misspelling', async () => {
    const suggestions = await suggestSearches(
      pagefind,
      readSearchState(new URLSearchParams('q=tirbunal')),
      await vocabulary(),
      glossary,
    );
    expect(suggestions[0]?.text).toBe('tribunal');
  });

  it('suggests nothing for "transport", three letters from "transfer"', async () => {
    expect(await search('q=transport')).toEqual([]);
    expect(
      await suggestSearches(
        pagefind,
        readSearchState(new URLSearchParams('q=transport')),
        await vocabulary(),
        glossary,
      ),
    ).toEqual([]);
  });

  it('finds nothing for a word no page comes close to', async () => {
    expect(await search('q=xylophone')).toEqual([]);
  });
});
