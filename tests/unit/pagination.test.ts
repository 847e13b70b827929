import { describe, expect, it } from 'vitest';
import { pageLinks, pageTitle, paginate, type PageLink } from '../../src/lib/pagination.ts';

/** Page links as text: "1 [2] 3 … 9". */
function shown(links: PageLink[]): string {
  return links
    .map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.number}]` : String(link.number)))
    .join(' ');
}

describe('pagination', () => {
  it('splits a list into pages of 20, the last one shorter', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages[2]).toMatchObject({ number: 3, pageCount: 3, offset: 40, total: 45 });
    expect(pages[2]?.items[0]).toBe(40);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([])).toEqual([{ number: 1, pageCount: 1, items: [], offset: 0, total: 0 }]);
  });

  it('shows the first, last, current and neighbouring page numbers, with gaps', () => {
    expect(shown(pageLinks(1, 1))).toBe('[1]');
    expect(shown(pageLinks(1, 3))).toBe('[1] 2 3');
    expect(shown(pageLinks(1, 9))).toBe('[1] 2 … 9');
    expect(shown(pageLinks(5, 9))).toBe('1 … 4 [5] 6 … 9');
    expect(shown(pageLinks(9, 9))).toBe('1 … 8 [9]');
  });

  it('shows a number rather than a gap that would hide only one page', () => {
    expect(shown(pageLinks(4, 9))).toBe('1 2 3 [4] 5 … 9');
    expect(shown(pageLinks(6, 9))).toBe('1 … 5 [6] 7 8 9');
  });

  it('numbers the title of every page but the first', () => {
    expect(pageTitle('Progress updates', { number: 1, pageCount: 3 })).toBe('Progress updates');
    expect(pageTitle('Progress updates', { number: 2, pageCount: 3 })).toBe('Progress updates (page 2 of 3)');
  });
});
