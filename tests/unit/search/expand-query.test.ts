import { describe, expect, it } from 'vitest';
import { expandQuery, glossaryEntriesIn, otherWordWeight, phrasesOf } from '../../../src/lib/search/expand-query.ts';
import { glossary } from './glossary-fixture.ts';

const texts = (query: string) => expandQuery(query, glossary).map((variant) => variant.text);

describe('other words for a search, from the glossary', () => {
  it('searches for the full term and its other words when someone types the abbreviation', () => {
    expect(expandQuery('EHCP', glossary)).toEqual([
      { text: 'ehcp', weight: 1, phrase: false },
      { text: 'education health and care plan', weight: otherWordWeight, phrase: true },
      { text: 'ehc plan', weight: otherWordWeight, phrase: true },
    ]);
  });

  it('searches for the abbreviation when someone types the full term', () => {
    expect(texts('education, health and care plan')).toEqual(['education health and care plan', 'ehcp', 'ehc plan']);
  });

  it('keeps the words typed first, at full weight', () => {
    expect(expandQuery('camhs', glossary)[0]).toEqual({ text: 'camhs', weight: 1, phrase: false });
  });

  it('searches for only the term and abbreviation when someone types a looser other word', () => {
    expect(texts('20 weeks')).toEqual(['20 weeks', '20 week timescale']);
    expect(texts('deadline')).toEqual(['deadline', '20 week timescale']);
  });

  it('swaps a glossary phrase inside a longer search, keeping the other words', () => {
    expect(texts('EHCP waiting times')).toContain('education health and care plan waiting times');
  });

  it('marks a phrase as needing its words together only when it is the whole search', () => {
    const variants = expandQuery('EHCP waiting times', glossary);
    expect(variants.every((variant) => !variant.phrase)).toBe(true);
  });

  it('prefers the longer phrase, so "SEN support" is not also read as "SEN"', () => {
    expect(texts('SEN support')).toEqual(['sen support', 'school support']);
  });

  it('understands plurals', () => {
    expect(texts('EHCPs')).toContain('education health and care plan');
    expect(texts('annual reviews')).toContain('review meeting');
  });

  it('finds the entry when the search is part of a longer glossary phrase', () => {
    expect(texts('mental health')).toEqual(['mental health', 'camhs', 'child and adolescent mental health services']);
  });

  it('leaves other searches alone', () => {
    expect(expandQuery('speech and language', glossary)).toEqual([
      { text: 'speech and language', weight: 1, phrase: false },
    ]);
  });

  it('has nothing to search for when nothing was typed', () => {
    expect(expandQuery('  , ', glossary)).toEqual([]);
  });
});

describe('which glossary entries a search names', () => {
  it('lists the entries whose words were typed, longest phrase first', () => {
    expect(glossaryEntriesIn('EHCP annual review', glossary)).toEqual(['annual-review', 'ehc-plan']);
    expect(glossaryEntriesIn('tribunal', glossary)).toEqual(['send-tribunal']);
  });

  it('lists every way of saying a term once', () => {
    expect(
      phrasesOf({ id: 'x', term: 'EHC plan', abbreviation: 'EHCP', otherWords: ['ehc plan', 'EHC-plan'] }),
    ).toEqual(['EHCP', 'EHC plan']);
  });
});
