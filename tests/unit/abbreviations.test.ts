import { describe, expect, it } from 'vitest';
import { abbreviationsFromGlossary } from '../../src/lib/abbreviations.ts';
import { explainAbbreviationsInHtml } from '../../src/lib/explain-abbreviations-in-html.ts';

const glossary = abbreviationsFromGlossary(
  [
    { id: 'ehc-plan', term: 'Education, health and care plan', abbreviation: 'EHCP', otherWords: ['EHC plan'] },
    { id: 'send', term: 'Special educational needs and disabilities', abbreviation: 'SEND', otherWords: [] },
    { id: 'sen', term: 'Special educational needs', abbreviation: 'SEN', otherWords: [] },
    { id: 'ap', term: 'Alternative provision', abbreviation: 'AP', otherWords: ['PRU', 'pupil referral unit'] },
  ],
  (id) => `/glossary/#${id}`,
);

const page = (main: string) =>
  `<!doctype html><html lang="en-GB"><head><title>T</title></head><body><header>SEND</header><main>${main}</main></body></html>`;
const mainOf = (html: string) => /<main>([\s\S]*)<\/main>/.exec(html)?.[1];

describe('explaining abbreviations', () => {
  it('explains the first use with the full term and a glossary link', () => {
    expect(mainOf(explainAbbreviationsInHtml(page('<p>Your EHCP says what help you get.</p>'), glossary))).toBe(
      '<p>Your <a href="/glossary/#ehc-plan" class="govuk-link app-abbreviation"><abbr title="Education, health and care plan">EHCP</abbr></a> says what help you get.</p>',
    );
  });

  it('leaves later uses on the same page as plain text', () => {
    const html = explainAbbreviationsInHtml(page('<p>An EHCP.</p><p>Another EHCP.</p>'), glossary);
    expect(html.match(/<abbr/g)).toHaveLength(1);
    expect(mainOf(html)).toContain('<p>Another EHCP.</p>');
  });

  it('matches whole words only, so SEND is not read as SEN', () => {
    const html = mainOf(explainAbbreviationsInHtml(page('<p>SEND services</p>'), glossary));
    expect(html).toContain('title="Special educational needs and disabilities"');
    expect(html).not.toContain('title="Special educational needs"');
  });

  it('includes a plural s in the explained word', () => {
    expect(mainOf(explainAbbreviationsInHtml(page('<p>Two EHCPs.</p>'), glossary))).toContain(
      '<abbr title="Education, health and care plan">EHCPs</abbr>',
    );
  });

  it('uses short forms from "other words" too', () => {
    expect(mainOf(explainAbbreviationsInHtml(page('<p>A PRU is a school.</p>'), glossary))).toContain(
      '<abbr title="Alternative provision">PRU</abbr>',
    );
  });

  it('never touches headings, links or text outside main', () => {
    const html = explainAbbreviationsInHtml(page('<h2>EHCP</h2><p><a href="/x/">EHCP</a></p><p>EHCP</p>'), glossary);
    expect(html).toContain('<header>SEND</header>');
    expect(mainOf(html)).toContain('<h2>EHCP</h2>');
    expect(mainOf(html)).toContain('<a href="/x/">EHCP</a>');
    expect(html.match(/<abbr/g)).toHaveLength(1);
  });

  it('does not match an abbreviation inside another word', () => {
    expect(mainOf(explainAbbreviationsInHtml(page('<p>SENDIASS and APPLE</p>'), glossary))).toBe(
      '<p>SENDIASS and APPLE</p>',
    );
  });
});
