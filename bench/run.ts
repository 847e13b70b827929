/**
 * `npm run bench [-- --pages 5000]`: generates pages into a temporary copy of content/, builds
 * the whole site and a bare Astro + Pagefind baseline from it in throwaway folders (dist/ and
 * .astro/ are not touched), alternating clean builds, measures build, pages and search (on
 * Slow 4G and a fast link), prints a table with the budgets and writes JSON to bench-results/.
 * `--only build` stops after the builds and page measures; `--only search` builds the site once
 * (no baseline) and measures search only.
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
  contentChecksBudget,
  contentPageBudget,
  growthBudget,
  memoryBudget,
  searchBudgets,
  unneededScriptBudget,
} from './budgets.ts';
import { measureBaselineBuild, measureBuild, type BaselineCost, type BuildCost } from './measure-build.ts';
import { measureContentChecks, type ContentChecksCost } from './measure-content-checks.ts';
import { formatFeedback, measureFeedback } from './measure-feedback.ts';
import { measurePages } from './measure-pages.ts';
import { measureSearch, type SearchCost } from './measure-search.ts';
import { formatReport, newestEarlierRun, writeResult, type BenchResult } from './report.ts';
import { writeBenchContent } from './write-content.ts';

const options = parseBenchArgs(process.argv.slice(2));
const startedAt = new Date().toISOString();
const loadAverageAtStart = os.loadavg();
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const loadNow = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
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
  // `--only search` builds the site once, without the baseline.
  const withBaseline = options.only !== 'search';
  const rounds = withBaseline ? options.rounds : 1;
  const siteMs: number[] = [];
  const baselineMs: number[] = [];
  const baselineBuilds: BaselineCost[] = [];
  let build: BuildCost | undefined;
  for (let round = 1; round <= rounds; round++) {
    if (withBaseline) {
      log(`Round ${round} of ${rounds}: the bare Astro + Pagefind baseline in ${baseline.root}`);
      baselineBuilds.push(await measureBaselineBuild(baseline.root, contentDir));
      baselineMs.push(baselineBuilds.at(-1)?.totalWallMs ?? 0);
    }
    log(`Round ${round} of ${rounds}: this site in ${root} (checks, astro build, pagefind)`);
    build = await measureBuild(root, contentDir);
    siteMs.push(build.totalWallMs);
    log(
      `Site ${seconds(build.totalWallMs)} (checks ${seconds(build.checks.wallMs)}, astro ${seconds(build.astro.wallMs)}, pagefind ${seconds(build.pagefind.wallMs)})` +
        (withBaseline
          ? `, baseline ${seconds(baselineMs.at(-1) ?? 0)} (astro ${seconds(baselineBuilds.at(-1)?.astro.wallMs ?? 0)}, pagefind ${seconds(baselineBuilds.at(-1)?.pagefind.wallMs ?? 0)})`
          : '') +
        `, load ${loadNow()}`,
    );
  }
  if (!build) throw new Error('No build ran');
  // `npm run check:content`, as an editor runs it: every check, from an empty cache each round, then once cached.
  let contentChecks: ContentChecksCost | undefined;
  if (withBaseline) {
    log(`Every content check (npm run check:content): ${rounds} clean run${rounds === 1 ? '' : 's'}, then one cached`);
    contentChecks = await measureContentChecks(root, contentDir, rounds);
    log(
      `Content checks ${contentChecks.cleanMs.map(seconds).join(', ')} clean, ${seconds(contentChecks.cachedMs)} cached`,
    );
  }
  const site = options.only === 'search' ? undefined : await measurePages(build.outDir, contentPage);
  let search: SearchCost[] | undefined;
  if (options.only !== 'build') {
    log('Searching in Chromium (Slow 4G through the bench server, and a fast link)');
    search = await measureSearch(build.outDir, [contentPage, addressOf(samples[1] ?? sample)]);
  }

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
    only: options.only,
    build,
    ...(withBaseline ? { baseline: { siteMs, baselineMs, baselineBuilds } } : {}),
    ...(contentChecks ? { contentChecks } : {}),
    ...(site ? { site } : {}),
    ...(search ? { search } : {}),
    budgets: [
      ...(site ? [contentPageBudget(site), unneededScriptBudget(site)] : []),
      memoryBudget(options.pages, build.peakTreeRssBytes),
      growthBudget(options.pages, build.totalWallMs, earlier),
      ...(withBaseline ? [baselineBudget(siteMs, baselineMs)] : []),
      ...(contentChecks ? [contentChecksBudget(options.pages, contentChecks.cleanMs)] : []),
      ...(search ? searchBudgets(search) : []),
    ],
  };
  console.log(formatReport(result));
  if (!options.only) {
    log('Measuring feedback: 503 times with the store failing, purge runs for 100,000 expired entries');
    console.log(formatFeedback(await measureFeedback()));
  }
  console.log(`\nWrote ${path.relative(process.cwd(), await writeResult(resultsDir, result))}`);
} finally {
  if (options.keep) log(`Kept ${work} (content) and ${root} (build)`);
  else await Promise.all([rm(work, { recursive: true, force: true }), remove(), baseline.remove()]);
}
