import path from 'node:path';
import { measureProcess, type ProcessCost } from './measure-process.ts';

/** What building the site cost, step by step, as `npm run build` runs them (less the prose check). */
export interface BuildCost {
  /** `npm run build:pages` (astro build, with its memory setting): pages, glossary explanations, charts, sitemap, feed. */
  astro: ProcessCost;
  /** `pagefind --site`: the search index. */
  pagefind: ProcessCost;
  /** Both steps, one after the other. */
  totalWallMs: number;
  /** The higher of the two steps' peaks: they run one after the other, never together. */
  peakTreeRssBytes: number;
  /** The folder the site was built into. */
  outDir: string;
}

/**
 * Builds the site from `contentDir` in `root` (a throwaway copy of the project, from
 * tests/support/astro.ts throwawayRoot), so the real dist/ and .astro/ are never touched.
 */
export async function measureBuild(root: string, contentDir: string): Promise<BuildCost> {
  const env = {
    ...process.env,
    SEND_CONTENT_DIR: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const outDir = path.join(root, 'dist');
  // The same npm script `npm run build` uses, so the benchmark measures its memory setting too.
  const astro = await measureProcess('npm', ['run', '--silent', 'build:pages', '--', '--outDir', outDir], {
    cwd: root,
    env,
  });
  const pagefind = await measureProcess('npx', ['pagefind', '--site', outDir], { cwd: root, env });
  return {
    astro,
    pagefind,
    totalWallMs: astro.wallMs + pagefind.wallMs,
    peakTreeRssBytes: Math.max(astro.peakTreeRssBytes, pagefind.peakTreeRssBytes),
    outDir,
  };
}
