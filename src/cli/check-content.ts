/**
 * `npm run check:content`: checks every content file in seconds, without a full build.
 * The schemas (src/lib/content-checks/check-schemas.ts: the build's schemas and messages, without starting
 * Astro), beside the plain-English and accessibility checks. Errors fail; warnings are advice.
 *
 * `--build` (what `npm run build` runs beside astro build, src/cli/build.ts): only the checks that fail the build
 * (among them the ids and components of .mdx pages, which would stop it later, while rendering), and of the
 * schemas only what astro build would pass while leaving content out (YAML it cannot read, a list item with no
 * id or another's id: `checkEntriesCanBeRead`), as astro build checks the rest. No advice: CI runs that through
 * `npm test`. Both remember unchanged files' findings in node_modules/.cache (src/lib/content-checks/check-cache.ts),
 * and a full run each file's schema messages too.
 *
 * `--prose-only`: every check but the schemas, for `npm test`, whose `astro sync`, `astro check` and build check them.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { loadCollectionSources } from './collection-sources-in-node.ts';
import { checkFiles, startWorkers, workersFor } from '../lib/content-checks/check-files.ts';
import { readCache, schemaCheckerVersion, writeCache } from '../lib/content-checks/check-cache.ts';
import { checkEntriesCanBeRead, checkSchemas, type SchemaCache } from '../lib/content-checks/check-schemas.ts';
import { formatFindings, summarise } from '../lib/content-checks/format.ts';
import { knownAbbreviations } from '../lib/content-checks/known-abbreviations.ts';
import { mdxIds } from '../lib/content-checks/mdx-components.ts';
import { contentDirectory } from '../lib/content-directory.ts';
import { todayUtc } from '../lib/dates.ts';

const root = path.resolve(contentDirectory());
const errorsOnly = process.argv.includes('--build');
// `--workers 1` (as src/cli/build.ts runs it, beside astro build): at most that many threads.
const workersArg = process.argv.indexOf('--workers');
const maxWorkers = workersArg >= 0 ? Math.max(1, Number(process.argv[workersArg + 1]) || 1) : undefined;
const proseOnly = process.argv.includes('--prose-only');

const shown = path.relative(process.cwd(), root);

const files = (await readdir(root, { recursive: true }))
  .filter((name) => /\.mdx?$/.test(name) && !path.basename(name).startsWith('_'))
  .sort();
// SEND_CHECK_CACHE moves the cache (the benchmark's clean builds start from an empty one).
const cacheDir = path.resolve(process.env['SEND_CHECK_CACHE'] ?? 'node_modules/.cache/send-content-checks');
const cacheFile = path.join(cacheDir, errorsOnly ? 'build.json' : 'all.json');
// With no cache yet, every file will be checked: the threads start now and load the checks while this one reads.
const started = existsSync(cacheFile) ? [] : startWorkers(workersFor(files.length, maxWorkers));

/**
 * The schemas, checked in this process while the worker threads check the prose: each entry against its
 * collection's schema, as the build checks it, without starting Astro (`astro sync` took about 5 s even
 * with nothing changed). Beside the build, only what it would not stop on.
 */
const schemaProblems = proseOnly
  ? undefined
  : loadCollectionSources()
      .then((collections) =>
        errorsOnly ? checkEntriesCanBeRead(root, shown, collections) : checkSchemasRemembered(collections),
      )
      .catch((error: unknown) => [`The schemas could not be checked: ${String(error)}`]);

/** Every schema, checking again only files that changed since the last run (their messages are kept beside the findings). */
async function checkSchemasRemembered(collections: Parameters<typeof checkSchemas>[2]): Promise<string[]> {
  const file = path.join(cacheDir, 'schemas.json');
  const [version, known] = await Promise.all([schemaCheckerVersion(), readCache<string[]>(file)]);
  const cache: SchemaCache = { version, known, used: new Map() };
  const problems = await checkSchemas(root, shown, collections, cache);
  await writeCache(file, cache.used);
  return problems;
}

/**
 * Writes `text`, then ends the process. Exiting at once cut long output short on a pipe (a CI log, `| less`),
 * where Node writes in the background: 299 of 7,578 lines came through, and never the summary.
 */
function exitAfterWriting(stream: NodeJS.WriteStream, text: string, code: number): Promise<never> {
  return new Promise(() => stream.write(text, () => process.exit(code)));
}

/** Stops with the schemas' messages when an entry does not match: it may also stop the other checks. */
async function stopOnSchemaError(): Promise<void> {
  const problems = (await schemaProblems) ?? [];
  if (problems.length > 0)
    await exitAfterWriting(
      process.stderr,
      `${problems.join('\n\n')}\n\nContent cannot be used as it is: fix what each message above names, then run npm run check:content again.\n`,
      1,
    );
}

/** The plain-English and accessibility checks on every Markdown and MDX file. */
async function checkProse(files: readonly string[], started: Worker[]) {
  const known = knownAbbreviations(await readFile(path.join(root, 'glossary.yaml'), 'utf8'));
  // A content folder may have no contacts or measures yet: then no id is right. A contacts.yaml that is
  // not YAML leaves the components unchecked here: the schemas report it, in the build's words.
  const contactsYaml = await readFile(path.join(root, 'contacts.yaml'), 'utf8').catch(() => '');
  const measureFiles = await readdir(path.join(root, 'measures')).catch(() => []);
  let mdx: ReturnType<typeof mdxIds> | undefined;
  try {
    mdx = mdxIds(contactsYaml, measureFiles);
  } catch {
    mdx = undefined;
  }
  const texts = await Promise.all(
    files.map(async (name) => ({ name: path.join(shown, name), text: await readFile(path.join(root, name), 'utf8') })),
  );
  return checkFiles(
    texts,
    { knownAbbreviations: known, today: todayUtc(), errorsOnly, mdx },
    cacheFile,
    maxWorkers,
    started,
  );
}

const { findings, checked } = await checkProse(files, started).catch(async (error: unknown) => {
  await stopOnSchemaError();
  throw error;
});
await stopOnSchemaError();

findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
const what = errorsOnly ? 'the checks that fail the build' : proseOnly ? 'every check but the schemas' : 'every check';
const summary = `Ran ${what} on ${files.length} files (${files.length - checked} unchanged since the last run): ${summarise(findings)}.`;
await exitAfterWriting(
  process.stdout,
  `${findings.length > 0 ? `${formatFindings(findings)}\n` : ''}${summary}\n`,
  findings.some((finding) => finding.severity === 'error') ? 1 : 0,
);
