import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/lib/sequence.ts';

const toLink = (name: string) => ({ href: `/${name}/`, title: name });

describe('previous and next links', () => {
  it('gives both neighbours in the middle of a sequence', () => {
    expect(neighbours(['a', 'b', 'c'], 1, toLink)).toEqual({ previous: toLink('a'), next: toLink('c') });
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(neighbours(['a', 'b'], 0, toLink).previous).toBeUndefined();
    expect(neighbours(['a', 'b'], 1, toLink).next).toBeUndefined();
  });

  it('has neither for a page on its own', () => {
    expect(neighbours(['a'], 0, toLink)).toEqual({ previous: undefined, next: undefined });
  });
});
