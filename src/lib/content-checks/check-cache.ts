/**
 * Remembers each file's findings by a hash of its text, the checks' own source and what else
 * they read (the glossary's abbreviations, today's date), so a run only checks files that
 * changed. Kept in node_modules/.cache, which Netlify keeps between builds.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckContext, Finding } from './check-file.ts';

interface CacheFile {
  entries: Record<string, Finding[]>;
}

/** A hash of the checks' source files: changing any check empties the cache. */
export async function checkerVersion(): Promise<string> {
  const folder = import.meta.dirname;
  const hash = createHash('sha256');
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.ts')).sort())
    hash.update(name).update(await readFile(path.join(folder, name)));
  return hash.digest('hex');
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
    .update(context.today.toISOString())
    .update(context.errorsOnly ? 'errors' : 'all')
    .digest('hex');
}

/** Reads the cache, or an empty one if there is none or it cannot be read. */
export async function readCache(file: string): Promise<Map<string, Finding[]>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    return new Map(Object.entries(data.entries));
  } catch {
    return new Map();
  }
}

/** Writes the entries used in this run, so the cache never grows past the content it describes. */
export async function writeCache(file: string, entries: ReadonlyMap<string, Finding[]>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const data: CacheFile = { entries: Object.fromEntries(entries) };
  await writeFile(file, JSON.stringify(data));
}
