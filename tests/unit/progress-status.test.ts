import { describe, expect, it } from 'vitest';
import { latestReport, latestStatuses, statusAsOf } from '../../src/lib/progress.ts';
import type { AreaStatus } from '../../src/schemas/statement.ts';

const update = (id: string, date: string, areas: Array<[string, AreaStatus?, string?]>, dateLabel?: string) => ({
  id,
  data: {
    date: new Date(`${date}T00:00:00Z`),
    dateLabel,
    areas: areas.map(([area, status, note]) => ({ area: { id: area }, status, note })),
  },
});

const updates = [
  update('2019-plan', '2019-04-01', [['on-time', 'in-progress']]),
  update(
    '2021-judgement',
    '2021-01-31',
    [
      ['on-time', 'done'],
      ['together', 'done'],
    ],
    'By January 2021',
  ),
  update('2024-inspection', '2024-05-15', [['on-time', undefined, 'Plans are improving.'], ['together']]),
  // An update on none of the 2017 areas, such as a new strategy: it never gives or hides an area's status.
  update('2024-strategy', '2024-06-01', []),
];

describe('when a status was true', () => {
  it('is the month and year of the update', () => {
    expect(statusAsOf(update('x', '2019-02-13', []))).toBe('February 2019');
  });

  it('is the date label when the update has one', () => {
    expect(statusAsOf(update('x', '2021-01-31', [], 'By January 2021'))).toBe('By January 2021');
  });
});

describe("each area's latest status", () => {
  it('is the newest status an update gave, with its date, skipping updates that gave none or cover other things', () => {
    const statuses = latestStatuses(updates, ['on-time', 'together', 'elsewhere']);
    expect(statuses.get('on-time')).toMatchObject({
      status: 'done',
      asOf: 'By January 2021',
      update: { id: '2021-judgement' },
    });
    expect(statuses.get('together')).toMatchObject({ status: 'done', update: { id: '2021-judgement' } });
  });

  it('is nothing where no update gives one, so no status is shown', () => {
    expect(latestStatuses(updates, ['elsewhere']).get('elsewhere')).toBeUndefined();
  });
});

describe('latest news on an area', () => {
  it('is the newest update that mentions the area, with or without a status', () => {
    expect(latestReport(updates, 'together')).toMatchObject({ update: { id: '2024-inspection' } });
    expect(latestReport(updates, 'on-time')).toMatchObject({
      update: { id: '2024-inspection' },
      report: { note: 'Plans are improving.' },
    });
  });

  it('is nothing for an area no update mentions', () => {
    expect(latestReport(updates, 'elsewhere')).toBeUndefined();
  });
});
