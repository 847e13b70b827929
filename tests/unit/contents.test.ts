import { describe, expect, it } from 'vitest';
import { contentsEntries, headingsInHtml } from '../../src/lib/contents.ts';

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

describe('headings read from rendered HTML', () => {
  it('finds each heading with an id, in order, with its text as read', () => {
    const html =
      '<h2 class="govuk-heading-l" id="weakness">What the inspectors found</h2><p>Text</p>' +
      '<section><h2 id="area-one">1. Listen &amp; involve <span class="govuk-visually-hidden">families</span></h2>' +
      '<h3 id="detail">Detail</h3></section><h2>No id, so no link</h2>';
    expect(headingsInHtml(html)).toEqual([
      { depth: 2, slug: 'weakness', text: 'What the inspectors found' },
      { depth: 2, slug: 'area-one', text: '1. Listen & involve families' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ]);
  });
});
