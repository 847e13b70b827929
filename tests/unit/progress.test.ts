import { describe, expect, it } from 'vitest';
import { latestStatus, newestFirst, updatesForArea } from '../../src/lib/progress.ts';
import type { AreaStatus } from '../../src/schemas/statement.ts';

const update = (id: string, date: string, areas: Array<[string, AreaStatus?]>) => ({
  id,
  data: { date: new Date(`${date}T00:00:00Z`), areas: areas.map(([area, status]) => ({ area: { id: area }, status })) },
});

const updates = [
  update('2019-revisit', '2019-02-13', [['checks'], ['on-time', 'in-progress']]),
  update('2021-judgement', '2021-01-31', [['on-time', 'done']]),
  update('2017-letter', '2017-03-23', [['checks', 'not-started']]),
];

describe('progress updates', () => {
  it('puts the newest first', () => {
    expect(newestFirst(updates).map((u) => u.id)).toEqual(['2021-judgement', '2019-revisit', '2017-letter']);
  });

  it('finds the updates that report on one area, newest first', () => {
    expect(updatesForArea(updates, 'checks').map((u) => u.id)).toEqual(['2019-revisit', '2017-letter']);
  });

  it('takes the latest status an update gave, skipping updates that gave none', () => {
    expect(latestStatus(updates, 'checks')).toMatchObject({ status: 'not-started', update: { id: '2017-letter' } });
    expect(latestStatus(updates, 'on-time')).toMatchObject({ status: 'done', update: { id: '2021-judgement' } });
  });

  it('has no status for an area no update mentions', () => {
    expect(latestStatus(updates, 'elsewhere')).toBeUndefined();
  });
});
