import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../src/lib/glossary.ts';

describe('glossary A to Z', () => {
  it('files terms under their first letter, ignoring case, in order', () => {
    const groups = groupByInitial(['SENCO', 'annual review', 'Appeal rate', 'CAMHS', '20-week timescale'], (x) => x);
    expect(groups).toEqual([
      { letter: '0–9', items: ['20-week timescale'] },
      { letter: 'A', items: ['annual review', 'Appeal rate'] },
      { letter: 'C', items: ['CAMHS'] },
      { letter: 'S', items: ['SENCO'] },
    ]);
  });
});
