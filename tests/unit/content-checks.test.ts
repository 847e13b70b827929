import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/content-checks/check-file.ts';
import { readingAge } from '../../src/lib/content-checks/retext-reading-age.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/prose');
const context = { knownAbbreviations: new Set(['EHCP', 'SENCO']), today: new Date('2026-11-25T00:00:00Z') };

/** The findings for a fixture, as "line:column severity rule: message". */
async function findingsFor(name: string, text?: string): Promise<string[]> {
  const findings = await checkFile(name, text ?? (await readFile(path.join(fixtures, name), 'utf8')), context);
  return findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
}

describe('content checks', () => {
  it('find nothing wrong in plain, well-linked text', async () => {
    expect(await findingsFor('clean.md')).toEqual([]);
  });

  it('fail vague link text', async () => {
    expect(await findingsFor('vague-link.md')).toMatchInlineSnapshot(`
      [
        "4:21 error vague-link-text: Link text "click here" does not say where it goes. Use words that describe the page, like "read the 2024 inspection report".",
      ]
    `);
  });

  it('fail an image without alt text', async () => {
    expect(await findingsFor('image-without-alt.md')).toMatchInlineSnapshot(`
      [
        "4:1 error image-alt-text: This image has no alt text. Describe what it shows in the square brackets: ![Family hub in Dorchester](/images/family-hub.jpg). If it is only decoration, move it out of the content.",
      ]
    `);
  });

  it('fail dates not written the UK way', async () => {
    expect(await findingsFor('date-formats.md')).toMatchInlineSnapshot(`
      [
        "4:1 error date-format: Write "01/04/2019" as a UK date like "27 December 2021", not with numbers only.",
        "6:1 error date-format: Write "February 11, 2019" as a UK date like "27 December 2021", not with the month before the day.",
        "8:1 error date-format: Write "1st of April 2019" as a UK date like "27 December 2021", not with an ordinal such as "1st".",
      ]
    `);
  });

  it('warn about a sentence over 25 words', async () => {
    expect(await findingsFor('long-sentence.md')).toMatchInlineSnapshot(`
      [
        "1:1 warning reading-age: This page has a reading age of about 17.2. Aim for 12 or under: use shorter sentences and shorter words.",
        "4:1 warning long-sentence: This sentence has 34 words. Split it so no sentence is over 25 words.",
      ]
    `);
  });

  it('warn about words to avoid, with what to write instead', async () => {
    expect(await findingsFor('words-to-avoid.md')).toMatchInlineSnapshot(`
      [
        "4:1 warning word-to-avoid: Avoid "deliver": write "make, create, provide or give" instead (GOV.UK style guide).",
        "4:1 warning word-to-avoid: Avoid "in order to": write "to" instead (GOV.UK style guide).",
        "4:1 warning word-to-avoid: Avoid "robust": write "strong or well thought out" instead (GOV.UK style guide).",
        "4:1 warning word-to-avoid: Avoid "utilise": write "use" instead (GOV.UK style guide).",
      ]
    `);
  });

  it('warn about an abbreviation missing from the glossary, but not everyday ones like NHS', async () => {
    expect(await findingsFor('unknown-abbreviation.md')).toMatchInlineSnapshot(`
      [
        "4:72 warning abbreviation-not-in-glossary: "LADO" is not in the glossary. Add it to content/glossary.yaml, or write the words out in full.",
      ]
    `);
  });

  it('warn when a review date has passed', async () => {
    expect(await findingsFor('review-date-passed.md')).toMatchInlineSnapshot(`
      [
        "3:1 warning review-date-passed: This page was due for review on 1 January 2025. Check it is still right, then set reviewBy to a date in the future.",
      ]
    `);
  });

  it('read the review date from any front matter, whether its fields are read alone or it is parsed whole', async () => {
    const body = '\nWe read every page again each year.\n';
    const passed = [
      // Fields read from their own lines: a block value, a quoted date, a comment.
      '---\ntitle: Plans\ndescription: >-\n  Plans for\n  next year.\n# checked\nreviewBy: "2025-01-01"\n---\n',
      // An alias to another field: read alone, it would not parse, so the whole front matter is parsed.
      '---\ntitle: Plans\nchecked: &day 2025-01-01\nreviewBy: *day\n---\n',
      // A line at the margin that does not start a field: parsed whole.
      '---\n? reviewBy\n: 2025-01-01\ntitle: Plans\n---\n',
    ];
    for (const front of passed)
      expect(
        (await findingsFor('plans.md', front + body)).map((finding) => finding.split(':')[1]),
        front,
      ).toEqual(['1 warning review-date-passed']);
    expect(await findingsFor('plans.md', '---\ntitle: Plans\nreviewBy: 2099-01-01\n---\n' + body)).toEqual([]);
  });

  it('read "<" and "{" as text in Markdown, and components in MDX', async () => {
    const text = '---\ntitle: Plans\n---\n\nFewer than <5 families wait {more or less}.\n';
    expect(await findingsFor('plans.md', text)).toEqual([]);
    expect(
      await findingsFor(
        'plans.mdx',
        '---\ntitle: Plans\n---\n\n<Inset>We [read the 2024 inspection report](/progress/).</Inset>\n',
      ),
    ).toEqual([]);
    await expect(findingsFor('plans.mdx', text)).rejects.toThrow();
  });

  it('warn when a page reads above age 12', async () => {
    expect(await findingsFor('high-reading-age.md')).toMatchInlineSnapshot(`
      [
        "1:1 warning reading-age: This page has a reading age of about 44.8. Aim for 12 or under: use shorter sentences and shorter words.",
      ]
    `);
  });
});

describe('reading age', () => {
  it('follows the Flesch-Kincaid grade plus five', () => {
    // 100 words, 10 sentences, 130 syllables: grade 0.39 × 10 + 11.8 × 1.3 − 15.59 = 3.65, so age 8.7.
    expect(readingAge({ words: 100, sentences: 10, syllables: 130 })).toBe(8.7);
  });
});
