/**
 * `npm run bench [-- --pages 5000]`: generates pages into a temporary copy of content/, builds
 * the whole site and a bare Astro + Pagefind baseline from it in throwaway folders (dist/ and
 * .astro/ are not touched), alternating clean builds, measures build, pages and search (on
 * Slow 4G and a fast link), prints a table with the budgets and writes JSON to bench-results/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, throwawayRoot } from '../tests/support/astro.ts';
import { parseBenchArgs } from './args.ts';
import { baselineRoot } from './baseline.ts';
import {
  baselineBudget,
  contentPageBudget,
  growthBudget,
  memoryBudget,
  searchBudgets,
  unneededScriptBudget,
} from './budgets.ts';
import { measureBaselineBuild, measureBuild, type BuildCost } from './measure-build.ts';
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
/** Clean builds of each, alternating: two each keeps a 1,000-page run within minutes. */
const buildRounds = 2;

const work = await mkdtemp(path.join(os.tmpdir(), 'send-bench-'));
const { root, remove } = await throwawayRoot();
const baseline = await baselineRoot();
try {
  log(`Writing ${options.pages.toLocaleString('en-GB')} pages (seed ${options.seed}) into ${work}/content`);
  const contentDir = path.join(work, 'content');
  const files = await writeBenchContent(path.join(projectRoot, 'content'), contentDir, options.pages, options.seed);
  const words = sorted(files.map((file) => file.words));
  const samples = files.filter((file) => file.kind === 'progress');
  const sample = samples[0] ?? files[0];
  if (!sample) throw new Error('No pages were generated: use --pages 1 or more');
  const addressOf = (file: { path: string }) => `/${file.path.replace(/\.mdx?$/, '/')}`;
  const contentPage = addressOf(sample);

  // Clean builds of this site and the bare baseline, alternating so a busy moment on the machine
  // falls on both; the site is built last, so its dist/ is the one measured below.
  const siteMs: number[] = [];
  const baselineMs: number[] = [];
  let build: BuildCost | undefined;
  for (let round = 1; round <= buildRounds; round++) {
    log(`Round ${round} of ${buildRounds}: the bare Astro + Pagefind baseline in ${baseline.root}`);
    baselineMs.push((await measureBaselineBuild(baseline.root, contentDir)).totalWallMs);
    log(`Round ${round} of ${buildRounds}: this site in ${root} (checks, astro build, pagefind)`);
    build = await measureBuild(root, contentDir);
    siteMs.push(build.totalWallMs);
    log(`Site ${(build.totalWallMs / 1000).toFixed(1)} s, baseline ${((baselineMs.at(-1) ?? 0) / 1000).toFixed(1)} s`);
  }
  if (!build) throw new Error('No build ran');
  const site = await measurePages(build.outDir, contentPage);
  log('Searching in Chromium (Slow 4G through the bench server, and a fast link)');
  const search = await measureSearch(build.outDir, [contentPage, addressOf(samples[1] ?? sample)]);

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
    baseline: { siteMs, baselineMs },
    site,
    search,
    budgets: [
      contentPageBudget(site),
      unneededScriptBudget(site),
      memoryBudget(options.pages, build.peakTreeRssBytes),
      growthBudget(options.pages, build.totalWallMs, earlier),
      baselineBudget(siteMs, baselineMs),
      ...searchBudgets(search),
    ],
  };
  console.log(formatReport(result));
  log('Measuring feedback: 503 times with the store failing, purge runs for 100,000 expired entries');
  console.log(formatFeedback(await measureFeedback()));
  console.log(`\nWrote ${path.relative(process.cwd(), await writeResult(resultsDir, result))}`);
} finally {
  if (options.keep) log(`Kept ${work} (content) and ${root} (build)`);
  else await Promise.all([rm(work, { recursive: true, force: true }), remove(), baseline.remove()]);
}
