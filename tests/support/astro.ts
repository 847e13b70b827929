import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { astroCli } from '../../src/cli/astro-cli.ts';

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, '../..');
// Code is copied, not linked: Vite resolves a linked src/ to two different paths and loses compiled scripts.
const copied = ['astro.config.mjs', 'src', 'public', 'package.json', 'tsconfig.json'];

/** What an Astro command printed, and whether it failed. */
export interface AstroResult {
  ok: boolean;
  output: string;
}

/** Variables vitest sets (NODE_ENV=test, DEV=1 and the like) that would make a child build think it is in dev mode. */
const testRunnerVariables = /^(NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL|TEST|VITEST.*)$/;

/** The environment for Astro: this process's, without the test runner's variables. */
function astroEnv(contentDirectory: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name)));
  return {
    ...inherited,
    ...extra,
    SEND_CONTENT_DIR: contentDirectory,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/** Caches Vite and Astro keep in node_modules: a copy that runs the dev server keeps its own (see below). */
const nodeModulesCaches = new Set(['.vite', '.vite-temp', '.astro', '.cache', '.vitest-cache']);

/**
 * A throwaway project root with a copy of the project's code, so Astro can run on another
 * content folder without overwriting the real `.astro/` data store or `dist/`.
 *
 * `content`: copy content/ too, for a test that edits it (the browser editor). `ownCaches`: give it
 * a node_modules of its own, each package linked to the real one but without the caches Vite and
 * Astro write there, so its dev server can run at the same time as another (each re-optimises
 * Vite's dependencies for its own root, and would pull the folder from under the other).
 */
export async function throwawayRoot(
  options: { content?: boolean; ownCaches?: boolean } = {},
): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'send-root-'));
  const names = options.content ? [...copied, 'content'] : copied;
  await Promise.all(names.map((name) => cp(path.join(projectRoot, name), path.join(root, name), { recursive: true })));
  const nodeModules = path.join(projectRoot, 'node_modules');
  if (options.ownCaches) {
    await mkdir(path.join(root, 'node_modules'));
    const entries = (await readdir(nodeModules)).filter((name) => !nodeModulesCaches.has(name));
    await Promise.all(
      entries.map((name) => symlink(path.join(nodeModules, name), path.join(root, 'node_modules', name))),
    );
  } else {
    await symlink(nodeModules, path.join(root, 'node_modules'));
  }
  // Retried: a server stopped just before may still be closing files in it.
  return { root, remove: () => rm(root, { recursive: true, force: true, maxRetries: 5 }) };
}

/** Runs a Node script with `args` in a throwaway root, on a content folder, with `env(root)` added to its environment. */
async function runInThrowawayRoot(
  args: string[],
  contentDirectory: string,
  env: (root: string) => Record<string, string>,
): Promise<AstroResult> {
  const own = await throwawayRoot();
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: own.root,
      env: astroEnv(contentDirectory, env(own.root)),
      timeout: 170_000,
      maxBuffer: 32 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  } finally {
    await own.remove();
  }
}

/** Runs `astro <args>` on a content folder in a throwaway root, with `env` added to its environment. */
export function runAstro(
  args: string[],
  contentDirectory: string,
  env: Record<string, string> = {},
): Promise<AstroResult> {
  return runInThrowawayRoot([astroCli, ...args], contentDirectory, () => env);
}

/**
 * Runs `npm run build` (src/cli/build.ts: the content checks that fail the build beside astro build, then
 * Pagefind) on a content folder in a throwaway root, with a checks cache of its own.
 */
export function runBuild(contentDirectory: string): Promise<AstroResult> {
  return runInThrowawayRoot(['src/cli/build.ts'], contentDirectory, (root) => ({
    SEND_CHECK_CACHE: path.join(root, '.check-cache'),
  }));
}

/** How long `syncEach` may take for `folders` content folders before it is stopped, in ms. */
export const syncEachTimeout = (folders: number) => 60_000 * (folders + 1);

/**
 * Runs `astro sync` on each content folder in turn, in one process in one throwaway root (see
 * ./astro-sync-each.ts for why), with each failure as Astro's CLI prints it. Results are in the
 * order of `contentDirectories`.
 */
export async function syncEach(contentDirectories: string[]): Promise<AstroResult[]> {
  const own = await throwawayRoot();
  try {
    const script = path.join(import.meta.dirname, 'astro-sync-each.ts');
    const { stdout } = await run(process.execPath, [script, JSON.stringify(contentDirectories)], {
      cwd: own.root,
      env: astroEnv(contentDirectories[0] ?? '', {}),
      // A minute for each folder: seconds on a quiet machine, but these machines are shared.
      timeout: syncEachTimeout(contentDirectories.length),
      maxBuffer: 32 * 1024 * 1024,
    });
    const results = JSON.parse(stdout.trimEnd().split('\n').at(-1) ?? '[]') as AstroResult[];
    if (results.length !== contentDirectories.length) throw new Error(`astro-sync-each printed:\n${stdout}`);
    return results;
  } finally {
    await own.remove();
  }
}

/** Runs `astro sync` on a content folder: the schema check, without a build. */
export function syncContent(contentDirectory: string): Promise<AstroResult> {
  return runAstro(['sync'], contentDirectory);
}

/** The part of Astro's error an editor reads: which entry, which field, what to do, and the file. */
export function editorMessage(output: string, contentDirectory: string): string {
  const start = output.indexOf('[InvalidContentEntryDataError]');
  if (start === -1) return output;
  const error = output.slice(start);
  const summary = error.slice(0, error.indexOf('Hint:')).trim();
  const location = /Location:\s*\n\s*(\S+)/.exec(error)?.[1] ?? '';
  return `${summary}\nFile: ${path.relative(contentDirectory, location.replace(/:\d+:\d+$/, ''))}`;
}
