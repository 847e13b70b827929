import { describe, expect, it } from 'vitest';
import {
  abbreviatedTerms,
  findFirstUses,
  firstUsesNotWrittenOut,
  knownShortForms,
} from '../../src/lib/abbreviation-rule.ts';
import { knownAbbreviations } from '../../src/lib/content-checks/known-abbreviations.ts';
import { mainText } from '../../src/lib/page-text.ts';

const glossary = [
  {
    id: 'ehc-plan',
    term: 'Education, health and care plan',
    abbreviation: 'EHCP',
    otherWords: ['EHC plan', 'education health and care plan'],
  },
  { id: 'send', term: 'Special educational needs and disabilities', abbreviation: 'SEND', otherWords: ['SEN/D'] },
  { id: 'sen', term: 'Special educational needs', abbreviation: 'SEN' },
  { id: 'icb', term: 'Integrated care board', abbreviation: 'ICB', otherWords: ['NHS Dorset'] },
  { id: 'send-tribunal', term: 'SEND Tribunal' },
  { id: 'ofsted', term: "Office for Standards in Education, Children's Services and Skills", abbreviation: 'Ofsted' },
  { id: 'lado', term: 'Local authority designated officer', abbreviation: 'LADO', draft: true },
];
const missing = (text: string) => firstUsesNotWrittenOut(text, glossary).map((use) => `${use.form}: ${use.expected}`);

describe('which words count as abbreviations', () => {
  it('takes each published entry with an abbreviation, with other ways to write it ("EHC plan" is EHCP)', () => {
    expect(abbreviatedTerms(glossary).map((term) => [term.id, term.forms])).toEqual([
      ['ehc-plan', ['EHC plan', 'EHCP']],
      ['send', ['SEND']],
      ['sen', ['SEN']],
      ['icb', ['ICB']],
      ['ofsted', ['Ofsted']],
    ]);
  });

  it('reads a phrase starting with the abbreviation as a use of it: "Bournemouth, Christchurch and Poole (BCP) Council"', () => {
    const withBcp = [
      ...glossary,
      { id: 'bcp', term: 'Bournemouth, Christchurch and Poole', abbreviation: 'BCP', otherWords: ['BCP Council'] },
    ];
    expect(
      firstUsesNotWrittenOut('Bournemouth, Christchurch and Poole (BCP) Council. BCP Council again.', withBcp),
    ).toEqual([]);
    expect(firstUsesNotWrittenOut('BCP Council.', withBcp).map((use) => use.expected)).toEqual([
      'Bournemouth, Christchurch and Poole (BCP)',
    ]);
  });

  it('never counts a draft entry', () => {
    expect(missing('Ask the LADO.')).toEqual([]);
  });

  it('knows each published short form, from abbreviations and from capitals in terms and other words', () => {
    const known = knownShortForms(glossary);
    expect([...known].sort()).toEqual(['EHC', 'EHCP', 'ICB', 'NHS', 'Ofsted', 'SEN', 'SEND'].sort());
  });

  it('never counts a draft entry as known, whether the glossary comes from the collection or its YAML file', () => {
    expect(knownShortForms(glossary).has('LADO')).toBe(false);
    const yaml = [
      '- id: lado',
      '  term: Local authority designated officer',
      '  abbreviation: LADO',
      '  draft: true',
      '- id: sendiass',
      '  term: SEND Information, Advice and Support Service',
      '  abbreviation: SENDIASS',
    ].join('\n');
    expect([...knownAbbreviations(yaml)].sort()).toEqual(['SEND', 'SENDIASS']);
  });
});

describe('the first use of an abbreviation on a page', () => {
  it('passes when written out as "full words (SHORT)", in any case, singular or plural', () => {
    expect(
      missing('Your education, health and care plan (EHCP) says what help you get. Your EHCP is reviewed.'),
    ).toEqual([]);
    expect(missing('Education, health and care plans (EHC plans) are legal documents.')).toEqual([]);
    expect(missing('Ask the Office for Standards in Education, Children’s Services and Skills (Ofsted).')).toEqual([]);
  });

  it('fails when the short form comes first, and says what to write', () => {
    expect(missing('Your EHC plan says what help you get.')).toEqual([
      'EHC plan: Education, health and care plan (EHC plan)',
    ]);
  });

  it('treats "EHC plan" and "EHCP" as one term: only the first of either must be written out', () => {
    expect(missing('An education, health and care plan (EHC plan) is legal. An EHCP lasts to 25.')).toEqual([]);
    expect(missing('An EHCP is legal. An education, health and care plan (EHC plan) lasts to 25.')).toEqual([
      'EHCP: Education, health and care plan (EHCP)',
    ]);
  });

  it('is case-sensitive, so the verb "send" is not an abbreviation, and a longer word is not a use', () => {
    expect(missing('Send us your views. SENDIASS and SEN2 are other words.')).toEqual([]);
  });

  it('does not count the name of another glossary term, such as the SEND Tribunal', () => {
    expect(missing('You can appeal to the SEND Tribunal.')).toEqual([]);
  });

  it('reports each term once, in order of first use', () => {
    expect(findFirstUses('SEN support, then SEND, then SEN again.', glossary).map((use) => use.form)).toEqual([
      'SEN',
      'SEND',
    ]);
  });
});

describe('the text of a built page', () => {
  it('is the words in <main>, without headings or navigation', () => {
    const html =
      '<html><body><header>SEND</header><main><h1>Your EHCP</h1><nav><a href="#a">EHCP</a></nav><p>One <a href="/g/">EHC plan</a>.</p><p>Two</p><ul data-abbreviations-ignore><li>SEND pages</li></ul></main></body></html>';
    expect(mainText(html)).toBe('One EHC plan.\nTwo');
  });

  it('leaves out what is hidden from everyone, such as the search index keywords', () => {
    const html = '<main><p>Plain words.</p><div hidden><span>SEND, EHCP</span></div></main>';
    expect(mainText(html)).toBe('Plain words.');
  });
});
