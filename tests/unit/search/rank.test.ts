import { describe, expect, it } from 'vitest';
import { newestFirst, rankResults, type Found } from '../../../src/lib/search/rank.ts';

const page = (id: string, score: number) => ({ id, score });
const found = (more: Partial<Found<{ id: string; score: number }>>): Found<{ id: string; score: number }> => ({
  all: [],
  phraseIds: new Set(),
  runIds: new Set(),
  perWord: [],
  wantedIds: new Set(),
  ...more,
});
const ids = (items: ReadonlyArray<{ result: { id: string } }>) => items.map((item) => item.result.id);

describe('ranking what a search found', () => {
  it('orders pages with every word by score', () => {
    expect(ids(rankResults(found({ all: [page('a', 1), page('b', 3)] })))).toEqual(['b', 'a']);
  });

  it('puts pages with the words together above pages with them apart', () => {
    const ranked = rankResults(
      found({ all: [page('apart', 9), page('together', 1)], phraseIds: new Set(['together']) }),
    );
    expect(ids(ranked)).toEqual(['together', 'apart']);
  });

  it('puts pages with most of the words below every page with all of them, fewer missing first', () => {
    const ranked = rankResults(
      found({
        all: [page('all', 1)],
        perWord: [
          [page('all', 1), page('two', 50), page('one', 90)],
          [page('all', 1), page('two', 50), page('three', 5)],
          [page('all', 1), page('three', 5)],
          [page('three', 5)],
        ],
      }),
    );
    // "one" has one word of four, less than half, so it is left out.
    expect(ids(ranked)).toEqual(['all', 'three', 'two']);
  });

  it('lifts the kind of page a question asks for, and key words together, within a tier', () => {
    expect(ids(rankResults(found({ all: [page('a', 5), page('b', 2)], wantedIds: new Set(['b']) })))).toEqual([
      'b',
      'a',
    ]);
    expect(ids(rankResults(found({ all: [page('a', 5), page('b', 4)], runIds: new Set(['b']) })))).toEqual(['b', 'a']);
  });

  it('sorts newest first when asked, undated pages last in relevance order', () => {
    const ranked = rankResults(
      found({ all: [page('undated-2', 1), page('old', 9), page('undated-1', 5), page('new', 2)] }),
    );
    expect(ids(newestFirst(ranked, ['new', 'old']))).toEqual(['new', 'old', 'undated-1', 'undated-2']);
  });
});

describe('the right kind of page', () => {
  it('lets the kind of page a question asks for join the pages with every word when it misses one', () => {
    const ranked = rankResults(
      found({
        all: [page('all', 1)],
        perWord: [
          [page('all', 1), page('figures', 5), page('other', 9)],
          [page('all', 1), page('figures', 5), page('other', 9)],
          [page('all', 1)],
        ],
        wantedIds: new Set(['figures']),
      }),
    );
    expect(ids(ranked)).toEqual(['figures', 'all', 'other']);
  });

  it('ranks the glossary with the pages that have a glossary term word for word', () => {
    const ranked = rankResults(
      found({
        all: [page('phrase', 4), page('apart', 9), page('glossary', 2)],
        phraseIds: new Set(['phrase']),
        termIds: new Set(['glossary']),
      }),
    );
    expect(ids(ranked)).toEqual(['glossary', 'phrase', 'apart']);
  });
});
