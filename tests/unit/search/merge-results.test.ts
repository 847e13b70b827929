import { describe, expect, it } from 'vitest';
import { keepPages, mergeResults, newestFirst } from '../../../src/lib/search/merge-results.ts';

const result = (id: string, score: number) => ({ id, score });

describe('merging the results of several searches', () => {
  it('lists each page once, best first, with its best score', () => {
    const merged = mergeResults([
      { results: [result('glossary', 4), result('plans', 2)], weight: 1, wordCount: 1 },
      { results: [result('plans', 6), result('deadline', 3)], weight: 1, wordCount: 1 },
    ]);
    expect(merged.map((item) => [item.result.id, item.score])).toEqual([
      ['plans', 6],
      ['glossary', 4],
      ['deadline', 3],
    ]);
  });

  it('keeps the result from the search where the page scored best, for its excerpt', () => {
    const typed = { id: 'plans', score: 2, from: 'typed' };
    const other = { id: 'plans', score: 5, from: 'other words' };
    expect(
      mergeResults([
        { results: [typed], weight: 1, wordCount: 1 },
        { results: [other], weight: 1, wordCount: 1 },
      ])[0]?.result,
    ).toBe(other);
  });

  it('weighs other words below the words typed', () => {
    const merged = mergeResults([
      { results: [result('typed', 5)], weight: 1, wordCount: 1 },
      { results: [result('other', 6)], weight: 0.8, wordCount: 1 },
    ]);
    expect(merged.map((item) => item.result.id)).toEqual(['typed', 'other']);
  });

  it('does not favour a search for being longer', () => {
    const merged = mergeResults([
      { results: [result('short', 5)], weight: 1, wordCount: 1 },
      { results: [result('long', 12)], weight: 1, wordCount: 5 },
    ]);
    expect(merged.map((item) => [item.result.id, item.score])).toEqual([
      ['short', 5],
      ['long', 2.4],
    ]);
  });

  it('keeps only pages another search also found', () => {
    expect(keepPages([result('a', 1), result('b', 2)], [result('b', 1)])).toEqual([result('b', 2)]);
  });
});

describe('newest first', () => {
  it('orders by date and puts undated pages last, best first', () => {
    const merged = mergeResults([
      {
        results: [result('glossary', 9), result('old', 5), result('new', 3), result('undated', 1)],
        weight: 1,
        wordCount: 1,
      },
    ]);
    expect(newestFirst(merged, ['new', 'other', 'old']).map((item) => item.result.id)).toEqual([
      'new',
      'old',
      'glossary',
      'undated',
    ]);
  });
});
