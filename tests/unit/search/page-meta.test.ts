import { describe, expect, it } from 'vitest';
import {
  datedPageSearchMeta,
  impactReportSearchMeta,
  progressSearchMeta,
  statementSearchMeta,
  yearsNewestFirst,
  yearsOfAcademicYear,
} from '../../../src/lib/search/page-meta.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('what pages tell search about themselves', () => {
  it('files a progress update under its year and priority areas, dated by its events', () => {
    expect(
      progressSearchMeta({
        date: day('2019-02-13'),
        areas: [{ area: { id: 'right-first-time' } }, { area: { id: 'strong-checks' } }],
      }),
    ).toEqual({
      type: 'progress-update',
      areas: ['right-first-time', 'strong-checks'],
      years: ['2019'],
      date: day('2019-02-13'),
      dateText: '13 February 2019',
    });
  });

  it('shows a progress update’s date label when the day is not known', () => {
    expect(progressSearchMeta({ date: day('2019-04-01'), dateLabel: 'Spring 2019', areas: [] }).dateText).toBe(
      'Spring 2019',
    );
  });

  it('files an impact report under both years of its academic year', () => {
    expect(yearsOfAcademicYear('2023 to 2024')).toEqual(['2023', '2024']);
    expect(impactReportSearchMeta({ academicYear: '2023 to 2024', published: day('2026-11-25') })).toMatchObject({
      type: 'impact-report',
      years: ['2023', '2024'],
    });
  });

  it('dates other pages by when they were published or last updated, and says which', () => {
    expect(datedPageSearchMeta('page', { published: day('2026-11-25') }).dateText).toBe('Published 25 November 2026');
    expect(datedPageSearchMeta('page', { published: day('2026-11-25'), updated: day('2027-01-05') })).toMatchObject({
      date: day('2027-01-05'),
      dateText: 'Updated 5 January 2027',
    });
  });

  it('files a priority area under itself, and the overview under no area', () => {
    expect(statementSearchMeta({ published: day('2026-11-25') }, 'strong-checks').areas).toEqual(['strong-checks']);
    expect(statementSearchMeta({ published: day('2026-11-25') }).areas).toEqual([]);
  });

  it('lists every year once, newest first, for the year filter', () => {
    expect(
      yearsNewestFirst([
        { type: 'progress-update', years: ['2019'] },
        { type: 'impact-report', years: ['2023', '2024'] },
        { type: 'progress-update', years: ['2019'] },
        { type: 'glossary' },
      ]),
    ).toEqual(['2024', '2023', '2019']);
  });
});
