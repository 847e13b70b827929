/**
 * A `<Measure id="…" />` in an .mdx page, as CONTRIBUTING.md tells editors to write it: a wrong id
 * stops the build with a message that lists the ids to use, from the content checks that run beside
 * astro build. (A right one is in every real build: the 2023 to 2024 impact report.)
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runBuild } from '../support/astro.ts';

describe('<Measure> in an .mdx page', () => {
  let content: string;
  beforeAll(async () => {
    content = await mkdtemp(path.join(tmpdir(), 'send-mdx-'));
    await cp(path.join(projectRoot, 'content'), content, { recursive: true });
  });
  afterAll(() => rm(content, { recursive: true, force: true }));

  it('stops the build on an id that names no measure, saying which ids there are', async () => {
    const folder = path.join(content, 'impact-reports');
    const mdx = (await readdir(folder)).find((name) => name.endsWith('.mdx'));
    expect(mdx, 'an .mdx impact report to edit').toBeDefined();
    const file = path.join(folder, mdx ?? '');
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/<Measure id="[^"]+" \/>/);
    await writeFile(file, text.replace(/<Measure id="[^"]+" \/>/, '<Measure id="ehc-plans" />'));
    const build = await runBuild(content);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      new RegExp(`impact-reports/${mdx}:\\d+:1 {2}error {2}<Measure id="ehc-plans" /> names no official figures`),
    );
    expect(build.output).toContain('ehc-plans-within-20-weeks');
    expect(build.output).toContain('(mdx-component)');
    expect(build.output).toContain('The build stopped: fix the content errors listed above');
  }, 180_000);
});
