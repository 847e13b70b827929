import { describe, expect, it } from 'vitest';
import { describeStatusChange, latestReport, statusChange } from '../../src/lib/progress.ts';
import type { AreaStatus } from '../../src/schemas/statement.ts';

const update = (id: string, date: string, areas: Array<[string, AreaStatus?, string?]>) => ({
  id,
  data: {
    date: new Date(`${date}T00:00:00Z`),
    areas: areas.map(([area, status, note]) => ({ area: { id: area }, status, note })),
  },
});

const updates = [
  update('2019-plan', '2019-04-01', [['on-time', 'in-progress']]),
  update('2021-judgement', '2021-01-31', [
    ['on-time', 'done'],
    ['together', 'done'],
  ]),
  update('2024-inspection', '2024-05-15', [['on-time', undefined, 'Plans are improving.'], ['together']]),
  update('2024-plan', '2024-06-11', [['on-time', 'in-progress']]),
];

describe('what changed since the update before', () => {
  it('pairs the latest status with the one the update before gave, skipping updates that gave none', () => {
    const change = statusChange(updates, 'on-time');
    expect(change?.latest).toMatchObject({ status: 'in-progress', update: { id: '2024-plan' } });
    expect(change?.previous).toMatchObject({ status: 'done', update: { id: '2021-judgement' } });
  });

  it('has no update before when only one update gave a status', () => {
    expect(statusChange(updates, 'together')).toMatchObject({ latest: { status: 'done' }, previous: undefined });
  });

  it('has nothing to say for an area no update gave a status', () => {
    expect(statusChange(updates, 'elsewhere')).toBeUndefined();
  });

  it('says in words whether the status changed', () => {
    expect(describeStatusChange({ latest: { status: 'in-progress' }, previous: { status: 'done' } })).toBe(
      'Changed from done to in progress.',
    );
    expect(describeStatusChange({ latest: { status: 'done' }, previous: { status: 'done' } })).toBe(
      'No change: still done.',
    );
    expect(describeStatusChange({ latest: { status: 'done' } })).toBe(
      'No update before it gave a status. This is the first: done.',
    );
  });
});

describe('latest news on an area', () => {
  it('is the newest update that mentions the area, with or without a status', () => {
    expect(latestReport(updates, 'together')).toMatchObject({ update: { id: '2024-inspection' } });
    expect(latestReport(updates, 'on-time')).toMatchObject({
      update: { id: '2024-plan' },
      report: { status: 'in-progress' },
    });
  });

  it('is nothing for an area no update mentions', () => {
    expect(latestReport(updates, 'elsewhere')).toBeUndefined();
  });
});
