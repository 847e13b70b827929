import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../../src/lib/search/pagefind-api.ts';
import { resultView } from '../../../src/lib/search/result-view.ts';

const section = (id: string, title: string, score: number): PagefindSubResult => ({
  title,
  url: `/glossary/#${id}`,
  excerpt: `${title} <mark>match</mark>`,
  weighted_locations: [{ weight: 1, balanced_score: score, location: 1 }],
  anchor: { element: 'h3', id, location: 1 },
});

const glossaryPage: PagefindResultData = {
  url: '/glossary/',
  content: 'Glossary. Annual review. Education, health and care plan (EHCP).',
  excerpt: 'page excerpt',
  meta: { title: 'Glossary', type: 'Glossary' },
  filters: { type: ['glossary'] },
  sub_results: [
    section('annual-review', 'Annual review', 5),
    section('ehc-plan', 'Education, health and care plan (EHCP)', 2),
  ],
};

describe('showing a result', () => {
  it('opens a glossary result at the term the search named', () => {
    expect(resultView(glossaryPage, ['ehc-plan'])).toMatchObject({
      url: '/glossary/#ehc-plan',
      title: 'Education, health and care plan (EHCP)',
      typeLabel: 'Glossary',
      excerptHtml: 'Education, health and care plan (EHCP) <mark>match</mark>',
    });
  });

  it('opens a glossary result at the best match when the search named no term', () => {
    expect(resultView(glossaryPage).url).toBe('/glossary/#annual-review');
  });

  it('shows other pages with their title, type and date', () => {
    const update: PagefindResultData = {
      url: '/progress/2019-02-13-ofsted-cqc-revisit/',
      content: 'Inspectors come back. The revisit.',
      excerpt: 'the <mark>revisit</mark>',
      meta: {
        title: 'Inspectors come back',
        type: 'Progress update',
        date: '2019-02-13',
        date_text: '13 February 2019',
      },
      filters: { type: ['progress-update'] },
      sub_results: [section('areas', 'Priority areas', 9)],
    };
    expect(resultView(update, ['ehc-plan'])).toEqual({
      url: '/progress/2019-02-13-ofsted-cqc-revisit/',
      title: 'Inspectors come back',
      typeLabel: 'Progress update',
      date: '2019-02-13',
      dateText: '13 February 2019',
      excerptHtml: 'the <mark>revisit</mark>',
    });
  });
});
