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

/** Checks files in worker threads, keeping their order. */
async function checkInWorkers(
  files: ReadonlyArray<{ name: string; text: string }>,
  context: CheckContext,
  maxWorkers: number,
): Promise<Finding[][]> {
  const count = Math.min(maxWorkers, os.availableParallelism(), Math.floor(files.length / filesPerWorker));
  if (count < 2) {
    // Loaded only when something needs checking: the parsers take a while to load, and a run with everything cached needs none of them.
    const { checkFile } = await import('./check-file.ts');
    const results: Finding[][] = [];
    for (const file of files) results.push(await checkFile(file.name, file.text, context));
    return results;
  }
  const size = Math.ceil(files.length / count);
  const chunks = Array.from({ length: count }, (_, index) => files.slice(index * size, (index + 1) * size));
  const done = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<Finding[][]>((resolve, reject) => {
          const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
            workerData: {
              files: chunk,
              context: {
                knownAbbreviations: [...context.knownAbbreviations],
                today: context.today.toISOString(),
                errorsOnly: Boolean(context.errorsOnly),
                mdx: context.mdx,
              },
            },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
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
): Promise<{ findings: Finding[]; checked: number }> {
  const version = await checkerVersion();
  const cache = await readCache(cacheFile);
  const keys = files.map((file) => cacheKey(version, file.name, file.text, context));
  const missing = files.filter((_, index) => !cache.has(keys[index] ?? ''));
  const fresh = await checkInWorkers(missing, context, maxWorkers);
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
