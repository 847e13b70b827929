import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFiles, startWorkers, workersFor } from '../../src/lib/content-checks/check-files.ts';

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

  it('checks many files in threads started ahead, with the findings of one thread, in order', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'send-check-cache-'));
    const files = Array.from({ length: 90 }, (_, index) => ({
      name: `page-${String(index).padStart(2, '0')}.md`,
      text: index % 2 === 0 ? long : badDate,
    }));
    const inThisThread = await checkFiles(files, context, path.join(folder, 'one.json'), 1);
    expect(workersFor(files.length, 2)).toBe(2);
    const started = startWorkers(2);
    const threads = [...started];
    const inThreads = await checkFiles(files, context, path.join(folder, 'two.json'), 2, started);
    expect(inThreads.checked).toBe(90);
    expect(inThreads.findings).toEqual(inThisThread.findings);
    expect(new Set(inThreads.findings.map((finding) => finding.file)).size).toBe(90);
    // Each thread was given its share and is done (a thread that has stopped has no id).
    await Promise.all(
      threads.map(
        (thread) => new Promise((resolve) => (thread.threadId === -1 ? resolve(0) : thread.once('exit', resolve))),
      ),
    );
  });

  it('stops threads started ahead that the run does not need', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'send-check-cache-'));
    const started = startWorkers(2);
    const threads = [...started];
    const exited = threads.map((thread) => new Promise((resolve) => thread.once('exit', resolve)));
    const result = await checkFiles([{ name: 'a.md', text: long }], context, path.join(folder, 'all.json'), 2, started);
    expect(result.checked).toBe(1);
    expect(await Promise.all(exited)).toHaveLength(2);
  });
});
