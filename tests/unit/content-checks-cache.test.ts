import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/lib/content-checks/check-files.ts';

const context = { knownAbbreviations: new Set(['EHCP']), today: new Date('2026-11-25T00:00:00Z') };
const long = `---\ntitle: "A page"\n---\n\n${'This sentence goes on and on with many words so that it is far too long for a family to read in one go without losing the thread of it. '.repeat(2)}\n`;
const badDate = '---\ntitle: "A page"\n---\n\nWe met on 03/04/2024 to agree the plan.\n';
let folder = '';

afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('running the content checks', () => {
  it('checks only files that changed since the last run, with the same findings', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'send-check-cache-'));
    const cache = path.join(folder, 'all.json');
    const files = [
      { name: 'a.md', text: long },
      { name: 'b.md', text: badDate },
    ];
    const first = await checkFiles(files, context, cache);
    expect(first.checked).toBe(2);
    const again = await checkFiles(files, context, cache);
    expect(again.checked).toBe(0);
    expect(again.findings).toEqual(first.findings);
    const changed = await checkFiles([files[0]!, { name: 'b.md', text: `${badDate}\nMore.\n` }], context, cache);
    expect(changed.checked).toBe(1);
  });

  it('runs only the checks that fail the build when asked: errors stay, advice goes', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'send-check-cache-'));
    const files = [
      { name: 'a.md', text: long },
      { name: 'b.md', text: badDate },
    ];
    const all = await checkFiles(files, context, path.join(folder, 'all.json'));
    const build = await checkFiles(files, { ...context, errorsOnly: true }, path.join(folder, 'build.json'));
    expect(all.findings.some((finding) => finding.severity === 'warning')).toBe(true);
    expect(build.findings.map((finding) => finding.rule)).toEqual(
      all.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule),
    );
    expect(build.findings.length).toBeGreaterThan(0);
  });
});
