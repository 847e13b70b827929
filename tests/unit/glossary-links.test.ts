import { describe, expect, it } from 'vitest';
import type { GlossaryEntryLike } from '../../src/lib/abbreviation-rule.ts';
import { explainAbbreviationsInHtml } from '../../src/lib/explain-abbreviations-in-html.ts';

const glossary: GlossaryEntryLike[] = [
  { id: 'ehc-plan', term: 'Education, health and care plan', abbreviation: 'EHCP', otherWords: ['EHC plan'] },
  { id: 'send', term: 'Special educational needs and disabilities', abbreviation: 'SEND', otherWords: [] },
  { id: 'sen', term: 'Special educational needs', abbreviation: 'SEN', otherWords: [] },
  { id: 'send-tribunal', term: 'SEND Tribunal', otherWords: [] },
  { id: 'cqc', term: 'Care Quality Commission', abbreviation: 'CQC', otherWords: [] },
  { id: 'draft', term: 'Draft term', abbreviation: 'DT', draft: true },
];

const page = (main: string) =>
  `<!doctype html><html lang="en-GB"><head><title>T</title></head><body><header>SEND</header><main>${main}</main></body></html>`;
const linked = (main: string) =>
  /<main>([\s\S]*)<\/main>/.exec(explainAbbreviationsInHtml(page(main), glossary, (id) => `/glossary/#${id}`))?.[1];

describe('glossary links on a page', () => {
  it('links the written-out words of the first use, not the short form after them', () => {
    expect(linked('<p>Help for special educational needs and disabilities (SEND) in Dorset.</p>')).toBe(
      '<p>Help for <a href="/glossary/#send" class="govuk-link app-abbreviation">special educational needs and disabilities</a> (SEND) in Dorset.</p>',
    );
  });

  it('links each term once per page, whatever comes later', () => {
    const html = linked(
      '<p>The Care Quality Commission (CQC) came.</p><p>The CQC came back.</p><p>Care Quality Commission (CQC).</p>',
    );
    expect(html?.match(/href="\/glossary\/#cqc"/g)).toHaveLength(1);
    expect(html).toContain('<p>The CQC came back.</p>');
  });

  it('explains a first use that is not written out in words a screen reader reads, never in a title', () => {
    const html = linked('<p>Your EHCPs say what help you get.</p>');
    expect(html).toBe(
      '<p>Your <a href="/glossary/#ehc-plan" class="govuk-link app-abbreviation">EHCPs<span class="govuk-visually-hidden"> (Education, health and care plan)</span></a> say what help you get.</p>',
    );
    expect(html).not.toContain('title=');
  });

  it('links "SEND Tribunal" to its own entry and does not count it as a use of SEND', () => {
    const html = linked('<p>Appeal to the SEND Tribunal.</p>');
    expect(html).toBe(
      '<p>Appeal to the <a href="/glossary/#send-tribunal" class="govuk-link app-abbreviation">SEND Tribunal</a>.</p>',
    );
  });

  it('never links the verb "send", other whole words, drafts, headings, links or the header', () => {
    const main =
      '<h2>SEND</h2><p>Send us a DT. <a href="/x">SEND</a> SENDING</p><nav><p>SEND</p></nav><p data-abbreviations-ignore="">SEND</p>';
    expect(linked(main)).toBe(main);
    expect(explainAbbreviationsInHtml(page('<p>x</p>'), glossary, () => '#')).toContain('<header>SEND</header>');
  });

  it('matches whole words only, so SEND is not read as SEN', () => {
    const html = linked('<p>Special educational needs and disabilities (SEND) services</p>');
    expect(html).toContain('href="/glossary/#send"');
    expect(html).not.toContain('href="/glossary/#sen"');
  });

  it('adds no glossary link with the name of another link on the page', () => {
    const html = linked(
      '<nav><a href="/cqc/">Care Quality Commission</a></nav><p>The Care Quality Commission (CQC) came.</p>',
    );
    expect(html).not.toContain('/glossary/#cqc');
  });
});
