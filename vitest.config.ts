/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest starts the files it remembers as slowest first, but a clean clone has no memory of them
 * (.astro/ is not committed): then it starts the largest files first, and the every-page sweep, a
 * small file that runs for about two minutes, started fifth and ran alone at the end while the other
 * worker sat idle. The longest browser files start first every time, longest first.
 */
const longestFirst = ['accessibility', 'search', 'feedback', 'long-lists', 'screen-reader'].map(
  (name) => `/tests/browser/${name}.test.ts`,
);
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = longestFirst.findIndex((ending) => file.moduleId.endsWith(ending));
      return index < 0 ? longestFirst.length : index;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

// Through Astro's config so tests can import astro:content after `astro sync`.
// One project for each suite: `npm run test:unit` runs `--project unit`, and so on.
export default getViteConfig({
  cacheDir: './.astro',
  test: {
    // Generous: these machines are shared and noisy, and some tests start Astro or Chromium.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two files at a time. Vitest's default on a 2-core machine is one (the cores less one), but
    // integration and browser files spend most of their time waiting on Astro, Chromium and servers
    // in other processes, and unit files are pure CPU for both cores.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure tests (no build, server or browser) that put back what they change (console spies,
          // environment variables): one module graph for the files of a worker, not one per file. Measured
          // with 65 files: 21 CPU-seconds against 55, every test passing either way.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // As for the browser files below: their builds, servers and CLIs run in processes of their own, and
          // a worker's files share one module graph (41.7 s to 38.4 s alone). Spies are put back after each test.
          isolate: false,
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ['tests/browser/editor.test.ts'],
          // One Chromium and one server of dist/ for every file; files run side by side.
          globalSetup: ['tests/support/browser-global-setup.ts'],
          // The files change nothing in the worker's process (no mocks, no environment): each opens its own
          // browser contexts. So a worker's files share one module graph, and Playwright and the test
          // helpers load once per worker instead of once per file: 196 s to 172 s for the run alone.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'editor',
          // `npm run edit` and Decap in a copy of the project (it saves into the copy's content/), so it
          // needs no build and runs beside anything: `npm test` starts it at the beginning, beside the rest.
          include: ['tests/browser/editor.test.ts'],
        },
      },
    ],
  },
});
