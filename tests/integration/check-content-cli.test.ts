import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro.ts';

const run = promisify(execFile);

/** `check-content.ts --build`, as `npm run build` runs it beside astro build, on a copy of the real content. */
describe('the checks beside the build stop it on content that the site would leave out', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'send-check-build-'));
    await cp(path.join(projectRoot, 'content'), path.join(folder, 'content'), { recursive: true });
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const checkForBuild = async () => {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ['src/cli/check-content.ts', '--build', '--workers', '1'],
        {
          cwd: projectRoot,
          env: {
            ...process.env,
            SEND_CONTENT_DIR: path.join(folder, 'content'),
            SEND_CHECK_CACHE: path.join(folder, 'cache'),
          },
        },
      );
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  };

  it('passes the real content', async () => {
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
});
