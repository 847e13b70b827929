import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startServer } from '../../src/server/server.ts';
import { validProblem, validVote } from '../fixtures/feedback/submissions.ts';

const run = promisify(execFile);
// Each test starts Node; on a busy machine that alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });
const projectRoot = path.resolve(import.meta.dirname, '../..');
let dataDir: string;

// The tools run as `npm run feedback:export` runs them: Node 24 with type stripping, no bundler.
const tool = (name: string, ...args: string[]) =>
  run(process.execPath, [path.join(projectRoot, 'src/cli', name), '--data-dir', dataDir, ...args], {
    cwd: projectRoot,
    env: { ...process.env, NETLIFY_SITE_ID: '', NETLIFY_AUTH_TOKEN: '' },
  });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'send-cli-'));
  const server = await startServer({
    port: 0,
    distDir: path.resolve(import.meta.dirname, '../fixtures/feedback/site'),
    dataDir,
  });
  try {
    for (const body of [validProblem, validVote, { ...validProblem, message: '=1+1 "quoted"' }]) {
      const response = await fetch(new URL('/api/feedback', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
    }
  } finally {
    await server.close();
  }
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('the council team’s tools, on the local store', () => {
  test('feedback:export writes every submission since a date as CSV', async () => {
    const { stdout, stderr } = await tool('feedback-export.ts', '--since', '2000-01-01');
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF"Received (UK time)","Form","Page","Useful","Council","Wants a reply","Email","Message"',
    );
    expect(lines).toHaveLength(4);
    expect(stdout).toContain(`"${validProblem.message}"`);
    expect(stdout).toContain('"\'=1+1 ""quoted"""');
    expect(stderr).toContain('Exported 3 submissions since 2000-01-01 from the local store');
  });

  test('feedback:export finds nothing after today', async () => {
    const { stdout } = await tool('feedback-export.ts', '--since', '2999-01-01');
    expect(stdout.trimEnd().split('\r\n')).toHaveLength(1);
  });

  test('feedback:export explains a date it cannot read', async () => {
    await expect(tool('feedback-export.ts', '--since', '1/1/2026')).rejects.toMatchObject({
      stderr: expect.stringContaining('give a date as YYYY-MM-DD, like 2026-01-01'),
    });
  });

  test('feedback:purge keeps what is inside the retention period', async () => {
    const { stdout } = await tool('feedback-purge.ts', '--dry-run');
    expect(stdout).toMatch(
      /^Would delete 0 submissions received before \d{4}-\d{2}-\d{2} \(UTC; 365 days' retention\) from the local store .*; kept 3\.$/m,
    );
  });

  test('feedback:export --out writes a file only its owner can read', async () => {
    const out = path.join(dataDir, 'export.csv');
    await tool('feedback-export.ts', '--out', out);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
  });

  test('feedback:export skips and counts an entry it cannot read, and still exports the rest', async () => {
    const folder = path.join(dataDir, 'blobs/entries/local/site:feedback/2026-01-01');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, '01940000-0000-7000-8000-000000000000'), '{"form":"prob');
    const { stdout, stderr } = await tool('feedback-export.ts');
    expect(stdout.trimEnd().split('\r\n')).toHaveLength(4);
    expect(stderr).toContain(
      'Skipped 1 entries that could not be read: 2026-01-01/01940000-0000-7000-8000-000000000000',
    );
  });

  test('say where to find feedback when there is none locally', async () => {
    await expect(
      run(
        process.execPath,
        [path.join(projectRoot, 'src/cli/feedback-purge.ts'), '--data-dir', path.join(dataDir, 'nothing-here')],
        { cwd: projectRoot },
      ),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('There is no local feedback in'),
    });
  });
});
