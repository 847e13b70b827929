import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateBenchContent, type GeneratedFile } from './generate-content.ts';

/** What the source content folder already holds that generated pages must fit around. */
export interface ExistingContent {
  /** Priority area ids (content/statement files with `type: priority-area`). */
  areaIds: string[];
  /** First years of the academic years that already have an impact report. */
  takenAcademicYears: number[];
}

/** Reads the priority areas and impact report years of a content folder. */
export async function readExistingContent(contentDir: string): Promise<ExistingContent> {
  const statement = path.join(contentDir, 'statement');
  const areaIds: string[] = [];
  for (const name of (await readdir(statement))
    .filter((file) => /\.mdx?$/.test(file) && !file.startsWith('_'))
    .sort()) {
    if (/^type:\s*priority-area\s*$/m.test(await readFile(path.join(statement, name), 'utf8')))
      areaIds.push(name.replace(/\.mdx?$/, ''));
  }
  const takenAcademicYears = (await readdir(path.join(contentDir, 'impact-reports')))
    .map((name) => /^(\d{4})-to-\d{4}\.mdx?$/.exec(name)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number);
  return { areaIds, takenAcademicYears };
}

/**
 * Copies `sourceDir` (the real content/) to `targetDir` and adds `pages` generated pages, so
 * the benchmark builds the real site plus the generated pages. Returns what it wrote.
 */
export async function writeBenchContent(
  sourceDir: string,
  targetDir: string,
  pages: number,
  seed: number,
): Promise<GeneratedFile[]> {
  await cp(sourceDir, targetDir, { recursive: true });
  const files = generateBenchContent({ pages, seed, ...(await readExistingContent(sourceDir)) });
  await Promise.all(
    ['progress', 'impact-reports'].map((folder) => mkdir(path.join(targetDir, folder), { recursive: true })),
  );
  for (const file of files) await writeFile(path.join(targetDir, file.path), file.text);
  return files;
}
