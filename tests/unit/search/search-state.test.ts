import { describe, expect, it } from 'vitest';
import {
  filterCount,
  pagefindFilters,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../../../src/lib/search/search-state.ts';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('reading the search from the address', () => {
  it('gives an empty search, best match first, when the address has nothing', () => {
    expect(read('')).toEqual({ q: '', types: [], areas: [], years: [], sort: 'relevance' });
  });

  it('reads the words, every filter and the sort', () => {
    expect(
      read('q=annual+review&type=statement&type=progress-update&area=right-first-time&year=2019&sort=newest'),
    ).toEqual({
      q: 'annual review',
      types: ['statement', 'progress-update'],
      areas: ['right-first-time'],
      years: ['2019'],
      sort: 'newest',
    });
  });

  it('tidies spaces and drops blank or repeated filters from hand-edited addresses', () => {
    expect(read('q=%20%20EHCP%20%20%20plan%20&type=&type=glossary&type=glossary&year=%202019%20')).toMatchObject({
      q: 'EHCP plan',
      types: ['glossary'],
      years: ['2019'],
    });
  });

  it('sorts by best match unless the address asks for newest', () => {
    expect(read('sort=oldest').sort).toBe('relevance');
  });
});

describe('writing the search into the address', () => {
  const state: SearchState = { q: 'SENCO', types: ['glossary'], areas: [], years: ['2024'], sort: 'newest' };

  it('writes short addresses, leaving out defaults', () => {
    expect(writeSearchState({ q: 'SENCO', types: [], areas: [], years: [], sort: 'relevance' }).toString()).toBe(
      'q=SENCO',
    );
    expect(writeSearchState(state).toString()).toBe('q=SENCO&type=glossary&year=2024&sort=newest');
  });

  it('reads back what it wrote', () => {
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe('turning the search into Pagefind filters', () => {
  it('matches any value within a group and every group', () => {
    expect(
      pagefindFilters({
        q: 'x',
        types: ['statement', 'glossary'],
        areas: ['strong-checks'],
        years: [],
        sort: 'relevance',
      }),
    ).toEqual({
      type: { any: ['statement', 'glossary'] },
      area: { any: ['strong-checks'] },
    });
  });

  it('counts the filters set', () => {
    expect(
      filterCount({ q: 'x', types: ['statement', 'glossary'], areas: [], years: ['2019'], sort: 'relevance' }),
    ).toBe(3);
  });
});
