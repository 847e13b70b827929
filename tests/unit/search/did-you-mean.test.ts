import { describe, expect, it } from 'vitest';
import { closeWords, editDistance, spellingCandidates, suggestionFor } from '../../../src/lib/search/did-you-mean.ts';
import { glossary } from './glossary-fixture.ts';

describe('counting the changes between two words', () => {
  it.each([
    ['review', 'review', 0],
    ['tribunel', 'tribunal', 1],
    ['reveiw', 'review', 1],
    ['camsh', 'camhs', 1],
    ['senco', 'sen', 2],
    ['', 'ehcp', 4],
  ])('%s to %s takes %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('words close to a misspelling', () => {
  const vocabulary = ['transfer', 'tribunal', 'review', 'reviews', 'sen', 'send', 'tribune'];

  it('offers words within two changes, closest first', () => {
    expect(closeWords('tribunel', vocabulary)).toEqual(['tribunal', 'tribune']);
    expect(closeWords('reveiw', vocabulary)).toEqual(['review', 'reviews']);
  });

  it('never offers "transfer" for "transport": three changes is too far', () => {
    expect(editDistance('transport', 'transfer')).toBe(3);
    expect(closeWords('transport', vocabulary)).toEqual([]);
  });

  it('needs short words to be within one change', () => {
    expect(closeWords('syn', vocabulary)).toEqual(['sen']);
    expect(closeWords('xyn', vocabulary)).toEqual([]);
    expect(closeWords('sen', ['sent', 'seen', 'sun'])).toEqual(['sent', 'seen', 'sun']);
  });
});

describe('searches to suggest', () => {
  const vocabulary = ['waiting', 'camhs', 'tribunal', 'annual', 'review'];

  it('puts right the word the index does not have, keeping the others', () => {
    expect(spellingCandidates('CAMHS waitnig', vocabulary)).toEqual(['camhs waiting']);
  });

  it('drops question words from what it suggests', () => {
    expect(spellingCandidates('what is an anual review', vocabulary)).toEqual(['annual review']);
  });

  it('suggests nothing when every word is in the index or nothing is close', () => {
    expect(spellingCandidates('annual review', vocabulary)).toEqual([]);
    expect(spellingCandidates('xylophone', vocabulary)).toEqual([]);
  });

  it('names the glossary term a suggestion stands for', () => {
    expect(suggestionFor('tribunal', glossary)).toEqual({ text: 'tribunal', term: 'SEND Tribunal' });
    expect(suggestionFor('camhs waiting', glossary)).toEqual({ text: 'camhs waiting', term: undefined });
  });
});
