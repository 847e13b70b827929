import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBenchContent, wordLimits } from '../../bench/generate-content.ts';
import { countWords } from '../../bench/prose.ts';
import { readExistingContent } from '../../bench/write-content.ts';

// The generator's inputs, made up: the generator is tested on what it is given, not on today's content.
const areaIds = ['area-one', 'area-three', 'area-two'];
const generate = (pages: number, seed = 1) =>
  generateBenchContent({ pages, seed, areaIds, takenAcademicYears: [2023] });
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);

describe('the benchmark page generator', () => {
  it('writes the same pages for the same seed', () => {
    expect(generate(30, 7)).toEqual(generate(30, 7));
  });

  it('writes different pages for another seed', () => {
    expect(generate(30, 7).map((file) => file.text)).not.toEqual(generate(30, 8).map((file) => file.text));
  });

  it('keeps every body between 600 and 1,500 words', () => {
    const counts = generate(300).map((file) => countWords(bodyOf(file.text)));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(wordLimits.min);
    expect(Math.max(...counts)).toBeLessThanOrEqual(wordLimits.max);
  });

  it('writes mostly progress updates, and impact reports for years no other report has', () => {
    const files = generate(500);
    const reports = files.filter((file) => file.kind === 'impact-report').map((file) => file.path);
    expect(files).toHaveLength(500);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.length).toBeLessThan(files.length / 10);
    expect(reports).not.toContain('impact-reports/2023-to-2024.md');
    expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
  });

  it('spreads progress updates across every priority area', () => {
    const named = new Set(
      generate(100).flatMap((file) => [...file.text.matchAll(/^ {2}- area: (\S+)$/gm)].map((match) => match[1])),
    );
    expect([...named].sort()).toEqual(areaIds);
  });

  it('names each progress update after the date it reports on', () => {
    for (const file of generate(50).filter((generated) => generated.kind === 'progress')) {
      expect(file.text).toContain(`\ndate: ${path.basename(file.path).slice(0, 10)}\n`);
    }
  });

  it('reads the priority areas and impact report years from a content folder', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'send-bench-read-'));
    try {
      await mkdir(path.join(folder, 'statement'));
      await mkdir(path.join(folder, 'impact-reports'));
      await writeFile(path.join(folder, 'statement', 'overview.md'), '---\ntype: overview\n---\n');
      await writeFile(path.join(folder, 'statement', 'area-two.md'), '---\ntype: priority-area\n---\n');
      await writeFile(path.join(folder, 'statement', 'area-one.md'), '---\ntype: priority-area\n---\n');
      await writeFile(path.join(folder, 'impact-reports', '2021-to-2022.md'), '');
      await writeFile(path.join(folder, 'impact-reports', '2023-to-2024.mdx'), '');
      const found = await readExistingContent(folder);
      expect(found.areaIds).toEqual(['area-one', 'area-two']);
      expect([...found.takenAcademicYears].sort()).toEqual([2021, 2023]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
