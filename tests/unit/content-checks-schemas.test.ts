import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkEntriesCanBeRead,
  checkSchemas,
  schemaCacheKey,
  type CheckedCollection,
  type SchemaCache,
} from '../../src/lib/content-checks/check-schemas.ts';

// A small stand-in for the real collections (tests/integration/content-errors.test.ts checks those against Astro).
const pageSchema = z.object({
  title: z.string({ error: 'Expected a title' }),
  published: z.date({ error: 'Expected a date as YYYY-MM-DD' }),
});
const collections: Record<string, CheckedCollection> = {
  pages: { source: { entries: 'markdown', folder: 'pages', pattern: '**/*.{md,mdx}' }, schema: pageSchema },
  terms: {
    source: { entries: 'yaml-list', file: 'terms.yaml' },
    schema: z.object({ id: z.string(), term: z.string() }),
  },
  figures: {
    source: { entries: 'yaml-files', folder: 'figures', pattern: '**/*.yaml' },
    schema: z
      .object({ value: z.number({ error: 'Expected a number' }), most: z.number().optional() })
      .refine((figure) => figure.most === undefined || figure.value <= figure.most, 'Expected value at most most'),
  },
};

let root = '';
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'send-check-schemas-'));
  await mkdir(path.join(root, 'pages', 'more'), { recursive: true });
  await mkdir(path.join(root, 'figures'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFile(path.join(root, name), text);
const check = () => checkSchemas(root, 'content', collections);

describe('checking content against its schemas without Astro', () => {
  it('passes entries that match, with dates read as the build reads them', async () => {
    await write('pages/a.md', '---\ntitle: A page\npublished: 2026-11-25\n---\n\nText.\n');
    await write('pages/more/b.mdx', '---\ntitle: "B"\npublished: 2026-01-02\n---\n');
    await write('terms.yaml', '- id: ehcp\n  term: EHC plan\n');
    await write('figures/one.yaml', 'value: 3\n');
    expect(await check()).toEqual([]);
  });

  it('names the file and each wrong field, in the schema words, in every kind of collection', async () => {
    await write('pages/more/b.md', '---\npublished: 13 February 2019\n---\n');
    await write('terms.yaml', '- id: ehcp\n- id: send\n  term: SEND\n');
    await write('figures/one.yaml', 'value: three\n');
    expect((await check()).sort()).toEqual([
      'content/figures/one.yaml does not match the figures schema.\n  value: Expected a number',
      'content/pages/more/b.md does not match the pages schema.\n  title: Expected a title\n  published: Expected a date as YYYY-MM-DD',
      'content/terms.yaml, the item with id "ehcp" does not match the terms schema.\n  term: Invalid input: expected string, received undefined',
    ]);
  });

  it('gives a rule on the whole entry without a field name', async () => {
    await write('figures/two.yaml', 'value: 5\nmost: 4\n');
    expect(await check()).toEqual([
      'content/figures/two.yaml does not match the figures schema.\n  Expected value at most most',
    ]);
  });

  it('reports YAML that cannot be read, and a list item with no id, which the site would leave out', async () => {
    await write('pages/a.md', '---\ntitle: [A page\npublished: 2026-11-25\n---\n');
    await write('terms.yaml', '- term: EHC plan\n');
    const problems = await check();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/pages\/a\.md: its front matter is not valid YAML\. /);
    expect(problems[1]).toBe(
      'content/terms.yaml: item 1 has no id, so the site would leave it out. Add one, such as "- id: ...".',
    );
  });

  it('reports two list items with one id, as the site would show only the last', async () => {
    await write('terms.yaml', '- id: ehcp\n  term: EHC plan\n- id: send\n  term: SEND\n- id: ehcp\n  term: EHCP\n');
    expect(await check()).toEqual([
      'content/terms.yaml: items 1 and 3 both have the id "ehcp", so the site would show only item 3. Give each item its own id.',
    ]);
  });

  it('leaves out editors’ notes and templates (names starting "_"), and a list file that does not exist', async () => {
    await write('pages/_template.md', '---\ntitle: 3\n---\n');
    await write('figures/_example.yaml', 'value: many\n');
    expect(await check()).toEqual([]);
  });
});

describe('what the build would pass while leaving content out', () => {
  it('reports unreadable YAML, a whole list file that cannot be read, and items with no id or a repeated id', async () => {
    await write('pages/a.md', '---\ntitle: [A page\npublished: 2026-11-25\n---\n');
    await write('terms.yaml', '- id: ehcp\n- term: SEND\n- id: ehcp\n');
    await write('figures/one.yaml', 'value: [3\n');
    const problems = (await checkEntriesCanBeRead(root, 'content', collections)).sort();
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^content\/figures\/one\.yaml: it is not valid YAML\. /);
    expect(problems[1]).toMatch(/^content\/pages\/a\.md: its front matter is not valid YAML\. /);
    expect(problems.slice(2)).toEqual([
      'content/terms.yaml: item 2 has no id, so the site would leave it out. Add one, such as "- id: ...".',
      'content/terms.yaml: items 1 and 3 both have the id "ehcp", so the site would show only item 3. Give each item its own id.',
    ]);
  });

  it('leaves fields that do not match their schema to the build, which stops on them itself', async () => {
    await write('pages/a.md', '---\npublished: 13 February 2019\n---\n');
    await write('terms.yaml', '- id: ehcp\n');
    await write('figures/one.yaml', 'value: three\n');
    expect(await checkEntriesCanBeRead(root, 'content', collections)).toEqual([]);
    expect(await check()).toHaveLength(3);
  });
});

describe('remembering the schema check between runs', () => {
  const pageA = '---\ntitle: A page\npublished: 2026-11-25\n---\n';
  const cacheOf = (version: string, known: ReadonlyMap<string, string[]> = new Map()): SchemaCache => ({
    version,
    known,
    used: new Map(),
  });

  it('checks again only files whose text changed, and hands on every file’s messages to keep', async () => {
    await write('pages/a.md', pageA);
    await write('pages/b.md', '---\npublished: 13 February 2019\n---\n');
    const first = cacheOf('v1');
    expect(await checkSchemas(root, 'content', collections, first)).toHaveLength(1);
    expect(first.used.size).toBe(2);

    // A remembered answer is used as it is: one made up for a.md shows that a.md was not checked again.
    const known = new Map(first.used).set(schemaCacheKey('v1', 'pages', 'content/pages/a.md', pageA), ['remembered']);
    await write('pages/b.md', '---\ntitle: B\npublished: 2026-01-02\n---\n');
    expect(await checkSchemas(root, 'content', collections, cacheOf('v1', known))).toEqual(['remembered']);
    // Another version of the schemas: every file is checked again.
    expect(await checkSchemas(root, 'content', collections, cacheOf('v2', known))).toEqual([]);
  });
});
