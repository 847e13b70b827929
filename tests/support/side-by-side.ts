/**
 * `node tests/support/side-by-side.ts [--live] a "b -- --flag"`: runs the npm scripts a and b (b with
 * the arguments after its name) at the same time, and fails if any of them fails. Each script's output is held back and printed whole, under its name,
 * when it ends, so two failures never interleave. For steps that use one core each (ESLint and
 * Prettier beside `astro check`): on a 2-core machine they take the time of the longer one, not of both.
 *
 * `--live`: the first script's output is shown as it comes (a long run that shows its progress), and
 * the others' after it ends.
 */
import { spawn } from 'node:child_process';

const live = process.argv[2] === '--live';
const scripts = process.argv.slice(live ? 3 : 2);
if (scripts.length === 0) {
  console.error('Name the npm scripts to run, for example: node tests/support/side-by-side.ts lint:files check');
  process.exit(2);
}

/** Runs one script; its report (status line and held output) is printed by `report`, in order. */
function run(script: string, shownLive: boolean) {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', ...script.split(' ')], {
    stdio: shownLive ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise<{ script: string; code: number; report: () => void }>((resolve) => {
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`;
      const report = () => {
        process.stdout.write(`\n> npm run ${script}: ${status} in ${seconds} s\n`);
        process.stdout.write(Buffer.concat(output));
      };
      // Without a live script, each is reported as soon as it ends.
      if (!live) report();
      resolve({ script, code: code ?? 1, report: live ? report : () => {} });
    });
  });
}

const results = await Promise.all(scripts.map((script, index) => run(script, live && index === 0)));
for (const { report } of results) report();

const failed = results.filter(({ code }) => code !== 0).map(({ script }) => script);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((script) => `npm run ${script}`).join(', ')}`);
  process.exit(1);
}
