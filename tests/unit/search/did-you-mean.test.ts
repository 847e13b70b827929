import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/lib/search/did-you-mean.ts';
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

describe('"Did you mean"', () => {
  it('offers the glossary word a misspelling is closest to, with its term', () => {
    expect(didYouMean('tribunel', glossary)).toEqual([{ text: 'tribunal', term: 'SEND Tribunal' }]);
    expect(didYouMean('CAMSH', glossary)).toEqual([
      { text: 'CAMHS', term: 'Child and adolescent mental health services' },
    ]);
  });

  it('offers nothing when the search is already a glossary word, plural or not', () => {
    expect(didYouMean('EHCP', glossary)).toEqual([]);
    expect(didYouMean('annual reviews', glossary)).toEqual([]);
  });

  it('offers nothing for words far from any glossary word', () => {
    expect(didYouMean('xylophone', glossary)).toEqual([]);
  });

  it('needs short words to be closer, so "SEN" does not suggest "SEND"-like neighbours', () => {
    expect(didYouMean('SEM', glossary).map((suggestion) => suggestion.text)).toEqual(['SEN']);
    expect(didYouMean('ABC', glossary)).toEqual([]);
  });

  it('puts right a misspelt word inside a longer search', () => {
    expect(didYouMean('camhs apeal', glossary)).toEqual([{ text: 'camhs appeal' }]);
  });
});
