/**
 * `npm run build`: the content checks that fail the build (`check-content.ts --build`) run beside
 * `npm run build:pages` (astro build), then `src/cli/build-search.ts` (Pagefind, as in
 * `npm run build:search`). Astro's build keeps about one core busy, so the checks take the other
 * and add almost nothing to the time; the build still fails if either fails, and stops Astro at
 * once when the checks find an error.
 * Arguments (such as `--outDir`) go to astro build.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** Starts a command in its own process group (so it can be stopped with everything it started). */
function start(command: string, args: readonly string[]): { child: ChildProcess; done: Promise<number> } {
  const child = spawn(command, args, { stdio: 'inherit', detached: true });
  const done = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.once('error', (error) => {
      process.stderr.write(`Could not start ${command}: ${error.message}\n`);
      resolve(1);
    });
  });
  return { child, done };
}

function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

// The checks' own worker threads would take Astro's core: one thread is enough beside the build.
const checks = start(process.execPath, ['src/cli/check-content.ts', '--build', '--workers', '1']);
const pages = start('npm', ['run', '--silent', 'build:pages', '--', ...process.argv.slice(2)]);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    stop(checks.child);
    stop(pages.child);
    process.exit(1);
  });

const failedChecks = checks.done.then((code) => {
  if (code !== 0) stop(pages.child);
  return code;
});
const [checksCode, pagesCode] = await Promise.all([failedChecks, pages.done]);
if (checksCode !== 0) {
  process.stderr.write('\nThe build stopped: fix the content errors listed above, then run npm run build again.\n');
  process.exit(checksCode);
}
if (pagesCode !== 0) process.exit(pagesCode);
// Not through npm: Pagefind needs the most memory of any step, so nothing waits beside it but this.
process.exit(await start(process.execPath, ['src/cli/build-search.ts']).done);
