import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BudgetResult, EarlierRun } from './budgets.ts';
import type { BenchPart } from './args.ts';
import type { BaselineCost, BuildCost } from './measure-build.ts';
import type { ContentChecksCost } from './measure-content-checks.ts';
import type { PageMeasures, SearchIndexSize } from './measure-pages.ts';
import type { SearchCost } from './measure-search.ts';
import { slow4g, transferMs } from './throttle.ts';

/** Everything one run measured, as written to bench-results/<timestamp>-<pages>.json. */
export interface BenchResult {
  /** When the run started, ISO 8601. */
  startedAt: string;
  /** Generated pages asked for (--pages) and the seed they came from. */
  pages: number;
  seed: number;
  generated: { progress: number; impactReports: number; words: { min: number; median: number; max: number } };
  machine: { node: string; cpus: number; totalMemoryBytes: number; loadAverageAtStart: number[]; commit: string };
  /** The part run (--only), or undefined for everything. */
  only?: BenchPart | undefined;
  /** The last clean build of this site, step by step. */
  build: BuildCost;
  /**
   * Alternating clean builds of this site and the bare Astro + Pagefind baseline (bench/baseline/),
   * wall times, and the baseline's steps. Absent with --only search.
   */
  baseline?: { siteMs: number[]; baselineMs: number[]; baselineBuilds?: BaselineCost[] };
  /** `npm run check:content` on the generated pages, clean and cached. Absent with --only search. */
  contentChecks?: ContentChecksCost;
  /** Page measures: absent with --only search. */
  site?: PageMeasures;
  /** Search measures: absent with --only build. */
  search?: SearchCost[];
  budgets: BudgetResult[];
}

const kib = (bytes: number) =>
  `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KiB`;
const mib = (bytes: number) =>
  `${(bytes / 1024 ** 2).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MiB`;
const seconds = (ms: number) =>
  `${(ms / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s`;
const count = (value: number) => value.toLocaleString('en-GB');
const rawAndGzip = (raw: number, gzip: number) => `${kib(raw)} / ${kib(gzip)}`;

/** Pagefind's output by part, largest first. */
function searchIndexParts(index: SearchIndexSize): string {
  const names = {
    index: 'word index',
    fragment: 'excerpts',
    filter: 'filters',
    wasm: 'WebAssembly',
    meta: 'metadata',
    scripts: "Pagefind's scripts and styles",
  } as const;
  return (Object.entries(index.parts) as Array<[keyof typeof names, { files: number; bytes: number }]>)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([part, size]) => `${names[part]} ${mib(size.bytes)} (${count(size.files)})`)
    .join(', ');
}

/** The rows of the results table: what was measured, and the value. */
export function tableRows(result: BenchResult): Array<[string, string]> {
  const { build, site, baseline, contentChecks } = result;
  const largestProcess = (bytes: number | null) => (bytes === null ? '' : `; largest process ${mib(bytes)}`);
  const baselineSteps = baseline?.baselineBuilds?.at(-1);
  return [
    [
      'Generated pages (progress updates + impact reports)',
      `${count(result.pages)} (${count(result.generated.progress)} + ${count(result.generated.impactReports)}), ${count(result.generated.words.min)} to ${count(result.generated.words.max)} words`,
    ],
    ...(site ? [['HTML pages built', count(site.htmlPages)] as [string, string]] : []),
    ['Build wall time: content checks that fail the build (beside astro build)', seconds(build.checks.wallMs)],
    ['Build wall time: astro build', seconds(build.astro.wallMs)],
    ['Build wall time: pagefind', seconds(build.pagefind.wallMs)],
    ['Build wall time: total', seconds(build.totalWallMs)],
    ...(baseline
      ? ([
          ['Clean builds, this site', baseline.siteMs.map(seconds).join(', ')],
          ['Clean builds, bare Astro + Pagefind baseline', baseline.baselineMs.map(seconds).join(', ')],
        ] as Array<[string, string]>)
      : []),
    ...(baselineSteps
      ? ([
          ['Baseline wall time: astro build', seconds(baselineSteps.astro.wallMs)],
          ['Baseline wall time: pagefind', seconds(baselineSteps.pagefind.wallMs)],
        ] as Array<[string, string]>)
      : []),
    ...(contentChecks
      ? ([
          ['Every content check (npm run check:content), empty cache', contentChecks.cleanMs.map(seconds).join(', ')],
          ['Every content check, nothing changed (cached)', seconds(contentChecks.cachedMs)],
        ] as Array<[string, string]>)
      : []),
    [
      'Peak memory, astro build (process tree)',
      `${mib(build.astro.peakTreeRssBytes)}${largestProcess(build.astro.peakProcessRssBytes)}`,
    ],
    ['Peak memory, checks and astro build at one moment', mib(build.checksAndAstroPeakRssBytes)],
    [
      'Peak memory, pagefind (process tree)',
      `${mib(build.pagefind.peakTreeRssBytes)}${largestProcess(build.pagefind.peakProcessRssBytes)}`,
    ],
    ...(site ? pageRows(site) : []),
    ...(result.search ?? []).map(searchRow),
  ];
}

/** One search: how long, how many requests, and the bytes (on Slow 4G, with the time the link alone needs for them). */
function searchRow(search: SearchCost): [string, string] {
  const onSearchPage = search.kind.startsWith('new search');
  const where = onSearchPage
    ? `${search.kind} on the search page, fast link`
    : `${search.kind}, from a content page, Slow 4G`;
  const carried = onSearchPage
    ? kib(search.bytes)
    : `${kib(search.bytes)}, ${count(Math.round(transferMs(search.bytes, slow4g)))} ms on the link alone`;
  return [
    `Search "${search.query}", ${where}`,
    `${count(Math.round(search.firstResultMs))} ms to the first result; ${search.requests} requests, ${carried} (${search.summary})`,
  ];
}

/** The rows about the built pages: sizes, CSS and JavaScript, the search index. */
function pageRows(site: PageMeasures): Array<[string, string]> {
  const page = site.contentPage;
  return [
    ['Median HTML page', kib(site.medianHtmlBytes)],
    ['Largest HTML page', `${kib(site.largestHtml.bytes)} (${site.largestHtml.page})`],
    ['Content page CSS, raw / gzip', rawAndGzip(page.cssRawBytes, page.cssGzipBytes)],
    ['Content page JavaScript, raw / gzip', rawAndGzip(page.jsRawBytes, page.jsGzipBytes)],
    [
      'Content page CSS + JavaScript, gzip',
      `${kib(page.cssGzipBytes + page.jsGzipBytes)} in ${page.files.length} files`,
    ],
    [
      'Pages with a <script>',
      `${count(site.pagesWithScript)} of ${count(site.htmlPages)} (${count(site.pagesWithInlineScript)} inline)`,
    ],
    ['Search index (pagefind/)', `${mib(site.searchIndex.bytes)} in ${count(site.searchIndex.files)} files`],
    ['Search index by part', searchIndexParts(site.searchIndex)],
  ];
}

/** The results as a Markdown table, the files a content page loads, and the budgets. */
export function formatReport(result: BenchResult): string {
  const rows = tableRows(result).map(([name, value]) => `| ${name} | ${value} |`);
  const files = (result.site?.contentPage.files ?? []).map(
    (file) => `  ${file.url}: ${rawAndGzip(file.rawBytes, file.gzipBytes)}`,
  );
  const groups = (result.site?.assetGroups ?? []).map(
    (group) =>
      `  ${count(group.pages)} pages like ${group.example}: CSS ${kib(group.cssGzipBytes)} + JavaScript ${kib(group.jsGzipBytes)} gzip`,
  );
  const verdict = (pass: boolean | null) => (pass === null ? 'N/A ' : pass ? 'PASS' : 'FAIL');
  const budgets = result.budgets.map((budget) => `  ${verdict(budget.pass)} ${budget.name}: ${budget.detail}`);
  return [
    `Benchmark${result.only ? ` (--only ${result.only})` : ''}: ${count(result.pages)} generated pages, seed ${result.seed}, ${result.startedAt}, ${result.machine.cpus} CPUs, load ${result.machine.loadAverageAtStart.map((load) => load.toFixed(2)).join(' ')} at start`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    ...rows,
    '',
    ...(result.site
      ? [
          `Files a content page loads (${result.site.contentPage.example}), raw / gzip:`,
          ...files,
          '',
          'CSS and JavaScript by kind of page:',
          ...groups,
          '',
        ]
      : []),
    'Budgets:',
    ...budgets,
  ].join('\n');
}

/** Writes the result as JSON to `<folder>/<timestamp>-<pages>.json` and returns the file's path. */
export async function writeResult(folder: string, result: BenchResult): Promise<string> {
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `${result.startedAt.replace(/[:.]/g, '-')}-${result.pages}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** The newest earlier result in `folder` at a different page count, to compare build time with. */
export async function newestEarlierRun(folder: string, pages: number): Promise<EarlierRun | undefined> {
  const names = (await readdir(folder).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .reverse();
  for (const name of names) {
    const earlier = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as Partial<BenchResult>;
    if (earlier.pages && earlier.pages !== pages && earlier.build)
      return { file: name, pages: earlier.pages, buildWallMs: earlier.build.totalWallMs };
  }
  return undefined;
}
