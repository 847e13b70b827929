import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro.ts';

const run = promisify(execFile);

/** `check-content.ts --build`, as `npm run build` runs it beside astro build, on a copy of the real content. */
describe('npm run check:content, on a copy of the real content', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'send-check-build-'));
    await cp(path.join(projectRoot, 'content'), path.join(folder, 'content'), { recursive: true });
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** The checks, their standard output and error read through pipes, as a CI log or `| less` reads them. */
  const checkContent = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['src/cli/check-content.ts', ...args], {
        cwd: projectRoot,
        env: {
          ...process.env,
          SEND_CONTENT_DIR: path.join(folder, 'content'),
          SEND_CHECK_CACHE: path.join(folder, 'cache'),
        },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { code: 0, stdout, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, output: failed.stdout + failed.stderr };
    }
  };
  const checkForBuild = () => checkContent('--build', '--workers', '1');

  it('passes the real content, in the checks beside the build', async () => {
    const result = await checkForBuild();
    expect(result.output).toContain('0 errors');
    expect(result.code).toBe(0);
  }, 60_000);

  it('fails on a route to help with no id, which astro build only logs before leaving it out', async () => {
    const contacts = path.join(folder, 'content', 'contacts.yaml');
    const text = await readFile(contacts, 'utf8');
    // The first contact loses its id line.
    await writeFile(contacts, text.replace(/^- id: [^\n]+\n {2}/m, '- '));
    try {
      const result = await checkForBuild();
      expect(result.code).toBe(1);
      expect(result.output).toContain('contacts.yaml: item 1 has no id, so the site would leave it out.');
    } finally {
      await writeFile(contacts, text);
    }
  }, 60_000);

  it('prints every finding and the summary into a pipe, however long the output', async () => {
    // 2,000 sentences of 30 words: a warning each, about 300 KB of output, far more than a pipe holds at once.
    const sentence = `${Array.from({ length: 29 }, () => 'word').join(' ')} end.`;
    const page = path.join(folder, 'content', 'pages', 'long.md');
    await writeFile(page, `---\ntitle: Long\n---\n\n${Array.from({ length: 2000 }, () => sentence).join('\n\n')}\n`);
    try {
      const result = await checkContent('--prose-only');
      expect(result.stdout.match(/\(long-sentence\)$/gm)).toHaveLength(2000);
      expect(result.stdout).toMatch(/^Ran every check but the schemas on \d+ files .*: 0 errors, \d+ warnings\.\n$/m);
      expect(result.code).toBe(0);
    } finally {
      await rm(page);
    }
  }, 60_000);
});
