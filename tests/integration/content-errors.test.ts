import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBenchContent } from '../../bench/write-content.ts';
import { checkSchemas } from '../../src/lib/content-checks/check-schemas.ts';
import { collectionSources } from '../../src/schemas/collection-sources.ts';
import { editorMessage, projectRoot, syncEach, syncEachTimeout } from '../support/astro.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/content-errors');
const names = (await readdir(fixtures)).sort();
const results = new Map<string, Awaited<ReturnType<typeof syncEach>>[number]>();

/** The benchmark's generated pages on top of the real content (see the last describe below). */
const benchFolder = await mkdtemp(path.join(tmpdir(), 'send-bench-test-'));
let benchFiles: Awaited<ReturnType<typeof writeBenchContent>> = [];
let benchResult: Awaited<ReturnType<typeof syncEach>>[number] | undefined;

// Every fixture, and the benchmark's pages, synced in one Astro process: measured at 13 s of CPU for 4
// folders, against about 8 s each in a process of its own.
beforeAll(
  async () => {
    benchFiles = await writeBenchContent(path.join(projectRoot, 'content'), benchFolder, 5, 3);
    const synced = await syncEach([...names.map((name) => path.join(fixtures, name)), benchFolder]);
    names.forEach((name, index) => results.set(name, synced[index] ?? { ok: true, output: 'no result' }));
    benchResult = synced[names.length];
  },
  syncEachTimeout(names.length + 1) + 10_000,
);
afterAll(() => rm(benchFolder, { recursive: true, force: true }));

/** The message an editor would see from `astro sync` on one fixture folder. */
async function messageFor(fixture: string): Promise<string> {
  const result = results.get(fixture);
  if (!result) throw new Error(`There is no fixture folder ${fixture} in ${fixtures}`);
  if (result.ok) throw new Error(`astro sync should have failed for ${fixture}, but it passed:\n${result.output}`);
  return editorMessage(result.output, path.join(fixtures, fixture));
}

describe('content errors tell editors the file, the field, what was expected and an example', () => {
  it('a missing title', async () => {
    expect(await messageFor('progress-missing-title')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] progress → 2019-02-13-revisit data does not match collection schema.

        title: Expected a page title, but it is missing. For example: title: "Progress update: February 2019 revisit"
      File: progress/2019-02-13-revisit.md"
    `);
  });

  it('a date written in words', async () => {
    expect(await messageFor('progress-date-in-words')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] progress → 2019-02-13-revisit data does not match collection schema.

        published: Expected the date the page was first published, as YYYY-MM-DD, but it is "13 February 2019". For example: published: 2026-11-25
      File: progress/2019-02-13-revisit.md"
    `);
  });

  it('a status that is not one of the four', async () => {
    expect(await messageFor('progress-unknown-status')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] progress → 2019-02-13-revisit data does not match collection schema.

        areas.0.status: Expected the status of this priority area, but it is "finished". For example: status: in-progress (Use one of: not-started, in-progress, done, delayed.)
      File: progress/2019-02-13-revisit.md"
    `);
  });

  it('a statement file with an unknown type', async () => {
    expect(await messageFor('statement-unknown-type')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] statement → right-first-time data does not match collection schema.

        type: Expected type: overview or type: priority-area. Add one of these lines to the front matter.
      File: statement/right-first-time.md"
    `);
  });

  it('an empty list of weaknesses', async () => {
    expect(await messageFor('statement-empty-weaknesses')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] statement → overview data does not match collection schema.

        weaknesses: Expected a list of the weaknesses the inspectors found, but the list is empty. For example: weaknesses:
        - "Services did not work together well enough."
      File: statement/overview.md"
    `);
  });

  it('an academic year written short', async () => {
    expect(await messageFor('impact-report-short-year')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] impact-reports → 2023-to-2024 data does not match collection schema.

        academicYear: Expected the academic year, written like "2023 to 2024", but it is "2023-24". For example: academicYear: "2023 to 2024"
      File: impact-reports/2023-to-2024.md"
    `);
  });

  it('an update date before the publish date', async () => {
    expect(await messageFor('page-updated-before-published')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] pages → privacy data does not match collection schema.

        updated: Expected "updated" to be on or after "published". Change "updated" to the date you last changed the page, for example: updated: 2026-11-25
      File: pages/privacy.md"
    `);
  });

  it('a glossary id with capitals and spaces', async () => {
    expect(await messageFor('glossary-id-with-spaces')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] glossary → EHC Plan data does not match collection schema.

        id: Expected an id in lower case with hyphens, but it is "EHC Plan". For example: id: ehc-plan
      File: glossary.yaml"
    `);
  });

  it('a source address without https://', async () => {
    expect(await messageFor('source-address-without-https')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] progress → 2021-01-31-judgement data does not match collection schema.

        sources.0.url: Expected a web address starting with https://, but it is "parallelparliament.co.uk/question/93057". For example: url: https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans
      File: progress/2021-01-31-judgement.md"
    `);
  });

  it('a contact with no way to reach it', async () => {
    expect(await messageFor('contact-without-a-way-to-reach')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] contacts → example-service data does not match collection schema.

        link: Expected at least one way to reach this service: add link, phone or email as printed in the source, or findIt saying how to find it, for example: findIt: "Search GOV.UK for the SEND Tribunal."
      File: contacts.yaml"
    `);
  });

  it('a status for a 2024 area for improvement without the date it was true', async () => {
    expect(await messageFor('improvement-status-without-date')).toMatchInlineSnapshot(`
      "[InvalidContentEntryDataError] improvements → use-of-data data does not match collection schema.

        status.asOf: Expected the date this status was true: add asOf as YYYY-MM-DD, or asOfLabel in words. For example: asOf: 2025-09-01
      File: inspection-2024.yaml"
    `);
  });
});

describe('the benchmark page generator, against the real schemas', () => {
  it('writes files that pass the real schemas', () => {
    expect(benchFiles.map((file) => file.kind)).toContain('impact-report');
    expect(benchResult?.output).not.toContain('InvalidContentEntryDataError');
    expect(benchResult?.ok, benchResult?.output).toBe(true);
  });
});

/** The field lines of a message (two spaces, the field, a colon and what is wrong), which Astro and check:content share. */
const fieldLines = (message: string) => message.split('\n').filter((line) => line.startsWith('  '));

describe('npm run check:content checks the schemas as astro sync does, without Astro', () => {
  it.each(names)('%s: the same fields, with the same words', async (name) => {
    const folder = path.join(fixtures, name);
    const problems = await checkSchemas(folder, 'content', collectionSources);
    const astro = await messageFor(name);
    expect(problems).toHaveLength(1);
    const [problem = ''] = problems;
    expect(fieldLines(problem).length).toBeGreaterThan(0);
    expect(fieldLines(problem)).toEqual(fieldLines(astro));
    // Named by the file Astro names, within the content folder.
    const file = /^File: (.+)$/m.exec(astro)?.[1] ?? 'no file in the message';
    expect(problem.startsWith(`content/${file}`)).toBe(true);
  });

  it('the benchmark pages, which astro sync passes, pass', async () => {
    expect(benchResult?.ok).toBe(true);
    expect(await checkSchemas(benchFolder, 'content', collectionSources)).toEqual([]);
  });
});
