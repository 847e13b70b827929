import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildEnv } from './measure-build.ts';
import { measureProcess } from './measure-process.ts';

/** What `npm run check:content` (every check: the schemas, plain English, accessibility) cost on the generated pages. */
export interface ContentChecksCost {
  /** Wall times of runs from an empty cache, one per round. */
  cleanMs: number[];
  /** Wall time of a run straight after, with nothing changed (every file's findings from the cache). */
  cachedMs: number;
}

/** Runs every content check on `contentDir` in `root` (a throwaway copy of the project): `rounds` clean runs, then one cached. */
export async function measureContentChecks(
  root: string,
  contentDir: string,
  rounds: number,
): Promise<ContentChecksCost> {
  const cache = path.join(root, '.check-content-cache');
  const env = buildEnv(contentDir, { SEND_CHECK_CACHE: cache });
  const run = async () =>
    (await measureProcess(process.execPath, ['src/cli/check-content.ts'], { cwd: root, env })).wallMs;
  const cleanMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await rm(cache, { recursive: true, force: true });
    cleanMs.push(await run());
  }
  return { cleanMs, cachedMs: await run() };
}
