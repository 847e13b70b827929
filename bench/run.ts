/**
 * `npm run bench [-- --pages 5000]`: generates pages into a temporary copy of content/, builds
 * the whole site from it in a throwaway copy of the project (dist/ and .astro/ are not touched),
 * measures build, pages and search, prints a table and writes JSON to bench-results/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, throwawayRoot } from '../tests/support/astro.ts';
import { parseBenchArgs } from './args.ts';
import { contentPageBudget, growthBudget, memoryBudget, unneededScriptBudget } from './budgets.ts';
import { measureBuild } from './measure-build.ts';
import { formatFeedback, measureFeedback } from './measure-feedback.ts';
import { measurePages } from './measure-pages.ts';
import { measureSearch } from './measure-search.ts';
import { formatReport, newestEarlierRun, writeResult, type BenchResult } from './report.ts';
import { writeBenchContent } from './write-content.ts';

const options = parseBenchArgs(process.argv.slice(2));
const startedAt = new Date().toISOString();
const loadAverageAtStart = os.loadavg();
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

const work = await mkdtemp(path.join(os.tmpdir(), 'send-bench-'));
const { root, remove } = await throwawayRoot();
try {
  log(`Writing ${options.pages.toLocaleString('en-GB')} pages (seed ${options.seed}) into ${work}/content`);
  const contentDir = path.join(work, 'content');
  const files = await writeBenchContent(path.join(projectRoot, 'content'), contentDir, options.pages, options.seed);
  const words = sorted(files.map((file) => file.words));
  const sample = files.find((file) => file.kind === 'progress') ?? files[0];
  if (!sample) throw new Error('No pages were generated: use --pages 1 or more');
  const contentPage = `/${sample.path.replace(/\.mdx?$/, '/')}`;

  log(`Building in ${root} (astro build, then pagefind)`);
  const build = await measureBuild(root, contentDir);
  log(`Built in ${(build.totalWallMs / 1000).toFixed(1)} s; measuring pages`);
  const site = await measurePages(build.outDir, contentPage);
  log('Searching in Chromium');
  const search = await measureSearch(build.outDir);

  const resultsDir = path.resolve(projectRoot, options.resultsDir);
  const earlier = await newestEarlierRun(resultsDir, options.pages);
  const result: BenchResult = {
    startedAt,
    pages: options.pages,
    seed: options.seed,
    generated: {
      progress: files.filter((file) => file.kind === 'progress').length,
      impactReports: files.filter((file) => file.kind === 'impact-report').length,
      words: { min: words[0] ?? 0, median: words[Math.floor(words.length / 2)] ?? 0, max: words.at(-1) ?? 0 },
    },
    machine: {
      node: process.version,
      cpus: os.availableParallelism(),
      totalMemoryBytes: os.totalmem(),
      loadAverageAtStart,
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim(),
    },
    build,
    site,
    search,
    budgets: [
      contentPageBudget(site),
      unneededScriptBudget(site),
      memoryBudget(options.pages, build.peakTreeRssBytes),
      growthBudget(options.pages, build.totalWallMs, earlier),
    ],
  };
  console.log(formatReport(result));
  log('Measuring feedback: 503 times with the store failing, purge runs for 100,000 expired entries');
  console.log(formatFeedback(await measureFeedback()));
  console.log(`\nWrote ${path.relative(process.cwd(), await writeResult(resultsDir, result))}`);
} finally {
  if (options.keep) log(`Kept ${work} (content) and ${root} (build)`);
  else await Promise.all([rm(work, { recursive: true, force: true }), remove()]);
}
