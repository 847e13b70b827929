import { describe, expect, it } from 'vitest';
import { glossaryEntriesIn, phrasesOf } from '../../../src/lib/search/glossary-words.ts';
import { glossary } from './glossary-fixture.ts';

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
