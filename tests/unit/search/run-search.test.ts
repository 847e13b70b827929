import { describe, expect, it } from 'vitest';
import type {
  PagefindApi,
  PagefindSearchOptions,
  PagefindSearchResponse,
} from '../../../src/lib/search/pagefind-api.ts';
import { runSearch, suggestSearches } from '../../../src/lib/search/run-search.ts';
import type { SearchState } from '../../../src/lib/search/search-state.ts';
import { glossary } from './glossary-fixture.ts';

/** A stand-in for Pagefind that answers from a table and records what it was asked. */
function fakePagefind(answers: Record<string, Array<[string, number]>>) {
  const calls: Array<{ term: string | null; options?: PagefindSearchOptions | undefined }> = [];
  const respond = (pairs: Array<[string, number]> = []): PagefindSearchResponse => ({
    results: pairs.map(([id, score]) => ({
      id,
      score,
      data: () => Promise.reject(new Error('not loaded in these tests')),
    })),
  });
  const pagefind: PagefindApi = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    preload: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    search: (term, options) => {
      calls.push({ term, options });
      const filter = options?.filters?.['type']?.any.join(',');
      return Promise.resolve(respond(answers[term === null && filter ? `null:${filter}` : (term ?? 'null')]));
    },
  };
  return { pagefind, calls };
}

const state = (q: string, more: Partial<SearchState> = {}): SearchState => ({
  q,
  types: [],
  areas: [],
  years: [],
  sort: 'relevance',
  ...more,
});

const ids = (results: ReadonlyArray<{ result: { id: string } }>) => results.map((item) => item.result.id);

describe('running a search', () => {
  it('searches once for the words typed when they find enough pages', async () => {
    const five = Array.from({ length: 5 }, (_, index): [string, number] => [`page-${index}`, 5 - index]);
    const { pagefind, calls } = fakePagefind({ ehcp: five });
    expect(ids(await runSearch(pagefind, state('EHCP')))).toEqual(five.map(([id]) => id));
    expect(calls.map((call) => call.term)).toEqual(['ehcp']);
  });

  it('drops question words, and puts pages with most of the words below pages with all of them', async () => {
    const { pagefind, calls } = fakePagefind({
      'child refused assessment': [['both', 3]],
      child: [
        ['both', 1],
        ['child-only', 9],
      ],
      refused: [
        ['both', 1],
        ['figures', 4],
      ],
      assessment: [
        ['both', 1],
        ['figures', 4],
        ['assessment-only', 9],
      ],
    });
    const results = await runSearch(pagefind, state('why was the child refused an assessment'));
    // "figures" has two of the three words; pages with one word are not "most of the words".
    expect(ids(results)).toEqual(['both', 'figures']);
    expect(calls[0]?.term).toBe('child refused assessment');
  });

  it('puts pages with the words typed together first', async () => {
    const { pagefind } = fakePagefind({
      'families first': [
        ['apart', 9],
        ['together', 2],
        ['also-apart', 8],
        ['x', 1],
        ['y', 1],
      ],
      '"families first"': [['together', 1]],
    });
    expect(ids(await runSearch(pagefind, state('Families First')))[0]).toBe('together');
  });

  it('lifts the figures pages for a question about a number', async () => {
    const { pagefind } = fakePagefind({
      'children ehc plan dorset': [
        ['glossary', 5],
        ['measure', 3],
        ['x', 1],
        ['y', 1],
        ['z', 1],
      ],
      'null:figures': [['measure', 0]],
    });
    expect(ids(await runSearch(pagefind, state('how many children have an EHC plan in Dorset')))[0]).toBe('measure');
  });

  it('passes the filters to every search', async () => {
    const { pagefind, calls } = fakePagefind({});
    await runSearch(pagefind, state('tribunal hearing', { types: ['glossary'] }));
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) expect(call.options).toEqual({ filters: { type: { any: ['glossary'] } } });
  });

  it('orders by Pagefind’s date sort when asked for newest first', async () => {
    const { pagefind } = fakePagefind({
      inspection: [
        ['old', 9],
        ['new', 1],
        ['glossary', 5],
      ],
      null: [
        ['new', 0],
        ['old', 0],
      ],
    });
    const results = await runSearch(pagefind, state('inspection', { sort: 'newest' }));
    expect(ids(results)).toEqual(['new', 'old', 'glossary']);
  });

  it('does not search when nothing was typed', async () => {
    const { pagefind, calls } = fakePagefind({});
    expect(await runSearch(pagefind, state(' '))).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('"Did you mean"', () => {
  it('suggests a close word from the index only if it finds pages', async () => {
    const { pagefind } = fakePagefind({ tribunal: [['glossary', 1]] });
    const suggestions = await suggestSearches(pagefind, state('tribunel'), ['tribune', 'tribunal'], glossary);
    expect(suggestions).toEqual([{ text: 'tribunal', term: 'SEND Tribunal' }]);
  });

  it('suggests nothing when no close word finds pages', async () => {
    const { pagefind } = fakePagefind({});
    expect(await suggestSearches(pagefind, state('tribunel'), ['tribunal'], glossary)).toEqual([]);
  });
});
