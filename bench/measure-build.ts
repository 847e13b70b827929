import { rm } from 'node:fs/promises';
import path from 'node:path';
import { measureProcess, peakTogether, type ProcessCost } from './measure-process.ts';

/** What building the site cost, step by step, as `npm run build` runs them. */
export interface BuildCost {
  /** The content checks that fail the build (`check-content.ts --build`), from an empty cache, beside astro build. */
  checks: ProcessCost;
  /** `npm run build:pages` (astro build, with its memory setting): pages, glossary explanations, charts, sitemap, feed. */
  astro: ProcessCost;
  /** `npm run build:search` (src/cli/build-search.ts): the search index. */
  pagefind: ProcessCost;
  /** The whole build: the checks and astro build side by side (the longer of the two), then Pagefind. */
  totalWallMs: number;
  /** The most memory the checks and astro build held at one moment (they run side by side), summed at each sample. */
  checksAndAstroPeakRssBytes: number;
  /** The highest memory at any time: the checks and astro build together, or Pagefind. */
  peakTreeRssBytes: number;
  /** The folder the site was built into. */
  outDir: string;
}

/**
 * Builds the site from `contentDir` in `root` (a throwaway copy of the project, from
 * tests/support/astro.ts throwawayRoot), so the real dist/ and .astro/ are never touched.
 */
export async function measureBuild(root: string, contentDir: string): Promise<BuildCost> {
  const env = buildEnv(contentDir, { SEND_CHECK_CACHE: path.join(root, '.check-cache') });
  const outDir = path.join(root, 'dist');
  await clean(root);
  // As src/cli/build.ts runs them: the checks (one thread) beside astro build, then Pagefind.
  const started = performance.now();
  const together = await peakTogether(() =>
    Promise.all([
      measureProcess(process.execPath, ['src/cli/check-content.ts', '--build', '--workers', '1'], { cwd: root, env }),
      // The same npm script `npm run build` uses, so the benchmark measures its memory setting too.
      measureProcess('npm', ['run', '--silent', 'build:pages', '--', '--outDir', outDir], { cwd: root, env }),
    ]),
  );
  const [checks, astro] = together.result;
  const sideBySideMs = performance.now() - started;
  const pagefind = await measureProcess(process.execPath, ['src/cli/build-search.ts', outDir], { cwd: root, env });
  return {
    checks,
    astro,
    pagefind,
    totalWallMs: sideBySideMs + pagefind.wallMs,
    checksAndAstroPeakRssBytes: together.peakRssBytes,
    peakTreeRssBytes: Math.max(together.peakRssBytes, pagefind.peakTreeRssBytes),
    outDir,
  };
}

/** What building the bare baseline (bench/baseline/) cost: astro build, then Pagefind. */
export interface BaselineCost {
  astro: ProcessCost;
  pagefind: ProcessCost;
  totalWallMs: number;
}

/** Builds the bare Astro + Pagefind baseline from the same content, clean, in its throwaway root (bench/baseline.ts). */
export async function measureBaselineBuild(root: string, contentDir: string): Promise<BaselineCost> {
  const env = buildEnv(contentDir);
  const outDir = path.join(root, 'dist');
  await clean(root);
  const astro = await measureProcess('npx', ['astro', 'build', '--outDir', outDir], { cwd: root, env });
  const pagefind = await measureProcess('npx', ['pagefind', '--site', outDir], { cwd: root, env });
  return { astro, pagefind, totalWallMs: astro.wallMs + pagefind.wallMs };
}

/** The environment both builds run in. */
export function buildEnv(contentDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SEND_CONTENT_DIR: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/** Removes what an earlier build left (output, Astro's content cache, the checks' cache), so every build is clean. */
async function clean(root: string): Promise<void> {
  await Promise.all(
    ['dist', '.astro', '.check-cache'].map((name) => rm(path.join(root, name), { recursive: true, force: true })),
  );
}
