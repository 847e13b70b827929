import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/content-checks/check-file.ts';
import { markdownTree } from '../../src/lib/content-checks/markdown-tree.ts';
import { mayHoldWrongDate } from '../../src/lib/content-checks/may-hold-wrong-date.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/prose');
const context = { knownAbbreviations: new Set(['EHCP', 'SENCO']), today: new Date('2026-11-25T00:00:00Z') };
const mayHold = (text: string) => mayHoldWrongDate(markdownTree(text, false), text);
const errorsIn = async (name: string, text: string, errorsOnly: boolean) =>
  (await checkFile(name, text, { ...context, errorsOnly })).filter((finding) => finding.severity === 'error');

describe('the checks that fail the build (errors only)', () => {
  it('find the same errors, at the same places, as a run of every check', async () => {
    const names = (await readdir(fixtures)).filter((name) => /\.mdx?$/.test(name));
    for (const name of names) {
      const text = await readFile(path.join(fixtures, name), 'utf8');
      expect(await errorsIn(name, text, true), name).toEqual(await errorsIn(name, text, false));
    }
  });

  it('still find a wrong date split by emphasis, a line break or inline code', async () => {
    const text = [
      'We met on **1**/4/2019 to plan.',
      '',
      'The panel sat on February\\',
      '11, 2019 and agreed it.',
      '',
      'The form says `3rd` of March 2020 at the top.',
      '',
    ].join('\n');
    const found = await errorsIn('split.md', text, true);
    expect(found.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual(
      (await errorsIn('split.md', text, false)).map(
        (finding) => `${finding.line}:${finding.column} ${finding.message}`,
      ),
    );
    expect(found).toHaveLength(2);
  });
});

describe('whether a page may hold a wrong date', () => {
  it('says no for dates written the GOV.UK way and other numbers', () => {
    expect(mayHold('On 27 December 2021, in March 2024, 120 children (1.5% of 8,000) had plans.')).toBe(false);
  });

  it('says yes for each wrong way, however the text is marked up', () => {
    expect(mayHold('On 01/04/2019 we met.')).toBe(true);
    expect(mayHold('On *February* 11, 2019 we met.')).toBe(true);
    expect(mayHold('On the 1st of April 2019 we met.')).toBe(true);
    expect(mayHold('On the 1<sup>st</sup> of April 2019 we met.')).toBe(true);
    expect(mayHold('![Taken on 3.4.2021](photo.jpg)')).toBe(true);
  });
});
