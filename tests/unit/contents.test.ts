import { describe, expect, it } from 'vitest';
import { contentsEntries } from '../../src/lib/contents.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

describe('contents list', () => {
  it('lists second-level headings on a long page', () => {
    expect(contentsEntries([h(2, 'One'), h(3, 'Detail'), h(2, 'Two'), h(2, 'Three')]).map((x) => x.text)).toEqual([
      'One',
      'Two',
      'Three',
    ]);
  });

  it('shows nothing on a short page', () => {
    expect(contentsEntries([h(2, 'One'), h(2, 'Two'), h(3, 'Detail')])).toEqual([]);
  });
});
