/**
 * Checks many files: from the cache when unchanged (check-cache.ts), else in worker threads, one
 * per core, because the checks are CPU-bound and a build machine has two or more cores.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { cacheKey, checkerVersion, readCache, writeCache } from './check-cache.ts';
import type { CheckContext, Finding } from './check-file.ts';

/** Below this many files to check, starting workers costs more than it saves. */
const filesPerWorker = 40;

/** How many worker threads checking this many files needs: none (check in this thread) below two. */
export function workersFor(files: number, maxWorkers = os.availableParallelism()): number {
  const count = Math.min(maxWorkers, os.availableParallelism(), Math.floor(files / filesPerWorker));
  return count < 2 ? 0 : count;
}

const startWorker = () => new Worker(new URL('./check-worker.ts', import.meta.url));

/**
 * Starts check threads ahead of `checkFiles`, for a run that will check many files (a first run, with no
 * cache): each loads the checks (about half a second) while the caller reads and hashes the files.
 */
export function startWorkers(count: number): Worker[] {
  return Array.from({ length: count }, startWorker);
}

/**
 * Splits files, in order, into `count` runs of about the same length of text: the checks' time follows the
 * length, and runs of the same number of files took one thread up to a tenth longer than the other.
 */
function splitByLength<T extends { text: string }>(files: readonly T[], count: number): T[][] {
  const total = files.reduce((sum, file) => sum + file.text.length, 0) || 1;
  const chunks = Array.from({ length: count }, (): T[] => []);
  let before = 0;
  for (const file of files) {
    chunks[Math.min(count - 1, Math.floor((before / total) * count))]?.push(file);
    before += file.text.length;
  }
  return chunks;
}

/** Checks files in worker threads (those started ahead first), keeping their order. */
async function checkInWorkers(
  files: ReadonlyArray<{ name: string; text: string }>,
  context: CheckContext,
  maxWorkers: number,
  started: Worker[],
): Promise<Finding[][]> {
  const count = workersFor(files.length, maxWorkers);
  // Threads started ahead that this run does not need (every file was in the cache, say).
  for (const worker of started.splice(count)) void worker.terminate();
  if (count === 0) {
    // Loaded only when something needs checking: the parsers take a while to load, and a run with everything cached needs none of them.
    const { checkFile } = await import('./check-file.ts');
    const results: Finding[][] = [];
    for (const file of files) results.push(await checkFile(file.name, file.text, context));
    return results;
  }
  const chunks = splitByLength(files, count);
  const done = await Promise.all(
    chunks.map(
      (chunk, index) =>
        new Promise<Finding[][]>((resolve, reject) => {
          const worker = started[index] ?? startWorker();
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({
            files: chunk,
            context: {
              knownAbbreviations: [...context.knownAbbreviations],
              today: context.today.toISOString(),
              errorsOnly: Boolean(context.errorsOnly),
              mdx: context.mdx,
            },
          });
        }),
    ),
  );
  return done.flat();
}

/** Each file's findings, in the order given, checking only files the cache does not already have. */
export async function checkFiles(
  files: ReadonlyArray<{ name: string; text: string }>,
  context: CheckContext,
  cacheFile: string,
  /** At most this many threads (one per core when not given). */
  maxWorkers = os.availableParallelism(),
  /** Threads from `startWorkers`, used before any others are started. */
  started: Worker[] = [],
): Promise<{ findings: Finding[]; checked: number }> {
  const version = await checkerVersion();
  const cache = await readCache(cacheFile);
  const keys = files.map((file) => cacheKey(version, file.name, file.text, context));
  const missing = files.filter((_, index) => !cache.has(keys[index] ?? ''));
  const fresh = await checkInWorkers(missing, context, maxWorkers, started);
  const freshByName = new Map(missing.map((file, index) => [file.name, fresh[index] ?? []]));
  const used = new Map<string, Finding[]>();
  const findings = files.flatMap((file, index) => {
    const key = keys[index] ?? '';
    const found = cache.get(key) ?? freshByName.get(file.name) ?? [];
    used.set(key, found);
    return found;
  });
  await writeCache(cacheFile, used);
  return { findings, checked: missing.length };
}
