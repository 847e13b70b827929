/**
 * Remembers each file's findings by a hash of its text, the checks' own source and what else
 * they read (the glossary's abbreviations, the ids .mdx components may name, today's date), so a
 * run only checks files that changed. Kept in node_modules/.cache, which Netlify keeps between builds.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckContext, Finding } from './check-file.ts';

interface CacheFile<T> {
  entries: Record<string, T>;
}

/** src/lib, where the checks and everything they import live (the abbreviation rule, the MDX body rules). */
const lib = path.dirname(import.meta.dirname);

/** A hash of the TypeScript source in `folders`: changing any of it empties a cache keyed by it. */
async function sourceVersion(folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const names = (await readdir(folder, { recursive: true })).filter((file) => file.endsWith('.ts')).sort();
    for (const name of names) hash.update(name).update(await readFile(path.join(folder, name)));
  }
  return hash.digest('hex');
}

/** The version of the prose and accessibility checks: their source, in src/lib. */
export function checkerVersion(): Promise<string> {
  return sourceVersion([lib]);
}

/** The version of the schema check: the schemas (src/schemas) and what they import from src/lib. */
export function schemaCheckerVersion(): Promise<string> {
  return sourceVersion([lib, path.join(path.dirname(lib), 'schemas')]);
}

/** The key one file's findings are kept under. */
export function cacheKey(version: string, name: string, text: string, context: CheckContext): string {
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(name)
    .update('\0')
    .update(text)
    .update('\0')
    .update([...context.knownAbbreviations].sort().join(','))
    .update('\0')
    .update(JSON.stringify(context.mdx ?? null))
    .update('\0')
    .update(context.today.toISOString())
    .update(context.errorsOnly ? 'errors' : 'all')
    .digest('hex');
}

/** Reads a cache (findings, or the schema check's messages), or an empty one if there is none or it cannot be read. */
export async function readCache<T = Finding[]>(file: string): Promise<Map<string, T>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile<T>;
    return new Map(Object.entries(data.entries));
  } catch {
    return new Map();
  }
}

/** Writes the entries used in this run, so the cache never grows past the content it describes. */
export async function writeCache<T>(file: string, entries: ReadonlyMap<string, T>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const data: CacheFile<T> = { entries: Object.fromEntries(entries) };
  await writeFile(file, JSON.stringify(data));
}
