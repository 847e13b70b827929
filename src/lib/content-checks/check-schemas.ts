import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load as readYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import type { CollectionSource } from '../../schemas/collection-sources.ts';

/** A collection as `npm run check:content` checks it: where its entries are and the schema each must match. */
export interface CheckedCollection {
  source: CollectionSource;
  schema: z.ZodType;
}

/** An entry to check, and how to name it in a message. */
interface Entry {
  /** "content/progress/2019-02-13-revisit.md", or "content/glossary.yaml, the item with id "EHCP"". */
  name: string;
  data: unknown;
}

/**
 * Astro's own pattern for front matter (@astrojs/internal-helpers), for YAML only. All YAML here is read with
 * js-yaml, as Astro reads it: each schema sees the values the build gives it (a date written YYYY-MM-DD becomes
 * a date), so it gives the same message.
 */
const frontMatter = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const isEntryFile = (name: string) => !path.basename(name).startsWith('_');

async function filesIn(folder: string, pattern: string): Promise<string[]> {
  const names: string[] = [];
  for await (const name of glob(pattern, { cwd: folder })) if (isEntryFile(name)) names.push(name);
  return names.sort();
}

/** What went wrong reading a file, in an editor's words. */
const unreadable = (shown: string, what: string, error: unknown) =>
  `${shown}: ${what} is not valid YAML. ${error instanceof Error ? error.message : String(error)}`;

/** A file one or more entries come from: its path inside the content folder, and how messages name it. */
interface SourceFile {
  name: string;
  shown: string;
}

/** The files a collection's entries come from. A list file that does not exist is none: Astro makes an empty collection too. */
async function filesOf(root: string, shownRoot: string, source: CollectionSource): Promise<SourceFile[]> {
  const names =
    source.entries === 'yaml-list'
      ? [source.file].filter((name) => existsSync(path.join(root, name)))
      : (await filesIn(path.join(root, source.folder), source.pattern)).map((name) => path.join(source.folder, name));
  return names.map((name) => ({ name, shown: path.join(shownRoot, name) }));
}

/** The entries one file holds, with the data each holds, and the problems that stopped an entry being read. */
function entriesIn(source: CollectionSource, shown: string, text: string): { entries: Entry[]; problems: string[] } {
  const entries: Entry[] = [];
  const problems: string[] = [];
  if (source.entries === 'yaml-list') {
    let data: unknown;
    try {
      data = readYaml(text);
    } catch (error) {
      return { entries, problems: [unreadable(shown, 'it', error)] };
    }
    if (!Array.isArray(data))
      return { entries, problems: [`${shown}: expected a list of entries, each starting "- id:".`] };
    // Astro's file loader only logs an item with no id (and leaves it out), and keeps the last of two with one id.
    const firstWithId = new Map<string, number>();
    data.forEach((item: unknown, index) => {
      const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
      if (id === undefined || id === null || id === '') {
        problems.push(
          `${shown}: item ${index + 1} has no id, so the site would leave it out. Add one, such as "- id: ...".`,
        );
        return;
      }
      const first = firstWithId.get(String(id));
      if (first === undefined) firstWithId.set(String(id), index);
      else
        problems.push(
          `${shown}: items ${first + 1} and ${index + 1} both have the id ${JSON.stringify(String(id))}, so the site would show only item ${index + 1}. Give each item its own id.`,
        );
      entries.push({ name: `${shown}, the item with id ${JSON.stringify(String(id))}`, data: item });
    });
    return { entries, problems };
  }
  try {
    if (source.entries === 'yaml-files') entries.push({ name: shown, data: readYaml(text) ?? {} });
    else {
      const yaml = frontMatter.exec(text)?.[1];
      const data = yaml === undefined ? {} : readYaml(yaml);
      entries.push({ name: shown, data: typeof data === 'object' && data !== null ? data : {} });
    }
  } catch (error) {
    problems.push(unreadable(shown, source.entries === 'yaml-files' ? 'it' : 'its front matter', error));
  }
  return { entries, problems };
}

/** Every file of every collection, read, with what `check` says about it; files run side by side. */
async function eachFile<C extends { source: CollectionSource }>(
  root: string,
  shownRoot: string,
  collections: Readonly<Record<string, C>>,
  check: (name: string, collection: C, file: SourceFile, text: string) => Promise<string[]>,
): Promise<string[]> {
  const perCollection = await Promise.all(
    Object.entries(collections).map(async ([name, collection]) => {
      const files = await filesOf(root, shownRoot, collection.source);
      return Promise.all(
        files.map(async (file) => check(name, collection, file, await readFile(path.join(root, file.name), 'utf8'))),
      );
    }),
  );
  return perCollection.flat(2);
}

/**
 * What would leave entries out of the site without failing its build, which Astro only logs: YAML that cannot
 * be read (a whole list file, such as the glossary, would be empty), a list item with no id, two items with one
 * id. `npm run build` runs this; `checkSchemas` reports the same and more.
 */
export function checkEntriesCanBeRead(
  root: string,
  shownRoot: string,
  sources: Readonly<Record<string, { source: CollectionSource }>>,
): Promise<string[]> {
  return eachFile(root, shownRoot, sources, (_name, { source }, file, text) =>
    Promise.resolve(entriesIn(source, file.shown, text).problems),
  );
}

/**
 * What a run of `checkSchemas` already knows: each file's messages by a hash of the schemas' source, the file's
 * name and its text (`schemaCacheKey`), so that only changed files are parsed and checked again. `used` receives
 * every file's messages of this run, to be kept for the next.
 */
export interface SchemaCache {
  version: string;
  known: ReadonlyMap<string, string[]>;
  used: Map<string, string[]>;
}

/** The key a file's messages are kept under: they depend on nothing else (a reference is checked by the build). */
export function schemaCacheKey(version: string, collection: string, shown: string, text: string): string {
  return createHash('sha256').update(`${version}\0${collection}\0${shown}\0`).update(text).digest('hex');
}

/**
 * Checks every entry of every collection against its schema, as `astro sync` and the build do, without
 * starting Astro: a message per entry that does not match, naming the file (and item) and each field
 * with the schema's own words. `root` is the content folder; `shownRoot` is how messages name it.
 */
export function checkSchemas(
  root: string,
  shownRoot: string,
  collections: Readonly<Record<string, CheckedCollection>>,
  cache?: SchemaCache,
): Promise<string[]> {
  return eachFile(root, shownRoot, collections, async (name, collection, file, text) => {
    const key = cache && schemaCacheKey(cache.version, name, file.shown, text);
    const known = key === undefined ? undefined : cache?.known.get(key);
    const problems = known ?? (await fileProblems(name, collection, file.shown, text));
    if (key !== undefined) cache?.used.set(key, problems);
    return problems;
  });
}

/** One file's messages: what stopped an entry being read, then each entry that does not match its schema. */
async function fileProblems(
  collection: string,
  { source, schema }: CheckedCollection,
  shown: string,
  text: string,
): Promise<string[]> {
  const { entries, problems } = entriesIn(source, shown, text);
  for (const entry of entries) {
    const result = await schema.safeParseAsync(entry.data);
    if (result.success) continue;
    // Each wrong field as Astro words it ("  field: message"); a rule on the whole entry has no field.
    const fields = result.error.issues.map(
      (issue) => `  ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
    );
    problems.push(`${entry.name} does not match the ${collection} schema.\n${fields.join('\n')}`);
  }
  return problems;
}
