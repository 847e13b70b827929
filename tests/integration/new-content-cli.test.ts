import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, syncContent } from '../support/astro.ts';

const run = promisify(execFile);

describe('npm run new', () => {
  let content: string;
  beforeAll(async () => {
    content = await mkdtemp(path.join(tmpdir(), 'send-content-'));
    await cp(path.join(projectRoot, 'content'), content, { recursive: true });
  });
  afterAll(() => rm(content, { recursive: true, force: true }));

  const scaffold = (kind: string, title: string) =>
    run(process.execPath, ['src/cli/new-content.ts', kind, title], {
      cwd: projectRoot,
      env: { ...process.env, SEND_CONTENT_DIR: content },
    });

  it('writes files that pass the content schemas as they stand', async () => {
    const progress = await scaffold('progress', 'Progress update: spring 2027');
    expect(progress.stdout).toMatch(/Created .*progress\/\d{4}-\d{2}-\d{2}-progress-update-spring-2027\.md/);
    expect(progress.stdout).toContain('npm run check:content');
    await scaffold('impact-report', 'SEND impact report: 2025 to 2026');
    await scaffold('glossary', 'Local Authority Designated Officer');

    expect(await readdir(path.join(content, 'impact-reports'))).toContain('2025-to-2026.md');
    expect(await readFile(path.join(content, 'glossary.yaml'), 'utf8')).toContain(
      '- id: local-authority-designated-officer',
    );
    const sync = await syncContent(content);
    expect(sync.output).not.toContain('Error');
    expect(sync.ok).toBe(true);
  }, 180_000);

  it('refuses to overwrite a file that exists', async () => {
    await expect(scaffold('impact-report', 'SEND impact report: 2023 to 2024')).rejects.toMatchObject({
      stderr: expect.stringContaining('already exists'),
    });
  });

  it('explains how to use it when the kind is wrong', async () => {
    await expect(scaffold('newsletter', 'Title')).rejects.toMatchObject({
      stderr: expect.stringContaining('Usage: npm run new'),
    });
  });
});
