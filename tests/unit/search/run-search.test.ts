import { describe, expect, it } from 'vitest';
import type {
  PagefindApi,
  PagefindSearchOptions,
  PagefindSearchResponse,
} from '../../../src/lib/search/pagefind-api.ts';
import { missingWords, runSearch } from '../../../src/lib/search/run-search.ts';
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
    search: (term, options) => {
      calls.push({ term, options });
      return Promise.resolve(respond(answers[term ?? 'null']));
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

describe('running a search', () => {
  it('searches for the words typed and the glossary’s other words, and merges the pages', async () => {
    const { pagefind } = fakePagefind({
      ehcp: [['glossary', 6]],
      'education health and care plan': [
        ['glossary', 10],
        ['scattered', 9],
      ],
      '"education health and care plan"': [['glossary', 1]],
      'ehc plan': [['deadline', 8]],
      '"ehc plan"': [['deadline', 1]],
    });
    const results = await runSearch(pagefind, state('EHCP'), glossary);
    // "scattered" has the words but not together as the phrase, so it is left out.
    expect(results.map((item) => item.result.id)).toEqual(['glossary', 'deadline']);
  });

  it('passes the filters to every search', async () => {
    const { pagefind, calls } = fakePagefind({});
    await runSearch(pagefind, state('tribunal', { types: ['glossary'] }), glossary);
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
    const results = await runSearch(pagefind, state('inspection', { sort: 'newest' }), glossary);
    expect(results.map((item) => item.result.id)).toEqual(['new', 'old', 'glossary']);
  });

  it('does not search when nothing was typed', async () => {
    const { pagefind, calls } = fakePagefind({});
    expect(await runSearch(pagefind, state(' '), glossary)).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('finding misspelt words', () => {
  it('lists the typed words that no page has as a whole word', async () => {
    const { pagefind } = fakePagefind({ '"camhs"': [['inspection', 1]] });
    expect(await missingWords(pagefind, 'CAMHS waitnig')).toEqual(['waitnig']);
  });
});
