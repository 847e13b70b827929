import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../../src/lib/search/vocabulary.ts';

describe('the words "Did you mean" may suggest', () => {
  it('lists each word once, most used first, without short words or numbers', () => {
    expect(vocabularyOf(['Annual reviews of EHC plans', 'EHC plans in 2024', 'Annual review'])).toEqual([
      'annual',
      'ehc',
      'plans',
      'review',
      'reviews',
    ]);
  });
});
