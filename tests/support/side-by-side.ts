/**
 * `node tests/support/side-by-side.ts a b`: runs the npm scripts a and b at the same time, and fails
 * if any of them fails. Each script's output is held back and printed whole, under its name, when it
 * ends, so two failures never interleave. For steps that use one core each (ESLint and Prettier
 * beside `astro check`): on a 2-core machine they take the time of the longer one, not of both.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Name the npm scripts to run, for example: node tests/support/side-by-side.ts lint:files check');
  process.exit(2);
}

const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise<{ script: string; code: number }>((resolve) => {
        const started = performance.now();
        const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
        const output: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
        child.on('close', (code, signal) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`;
          process.stdout.write(`\n> npm run ${script}: ${status} in ${seconds} s\n`);
          process.stdout.write(Buffer.concat(output));
          resolve({ script, code: code ?? 1 });
        });
      }),
  ),
);

const failed = results.filter(({ code }) => code !== 0).map(({ script }) => script);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((script) => `npm run ${script}`).join(', ')}`);
  process.exit(1);
}
