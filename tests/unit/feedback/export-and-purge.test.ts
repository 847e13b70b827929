import { describe, expect, test } from 'vitest';
import { feedbackCsv } from '../../../src/lib/feedback/csv.ts';
import { csvCell } from '../../../src/lib/csv.ts';
import { toFeedbackEntry } from '../../../src/lib/feedback/entry.ts';
import { collectFeedback } from '../../../src/lib/feedback/export.ts';
import { feedbackKey } from '../../../src/lib/feedback/key.ts';
import { londonMidnight } from '../../../src/lib/feedback/london-time.ts';
import { purgeOldFeedback } from '../../../src/lib/feedback/purge.ts';
import { newSubmissionId } from '../../../src/lib/feedback/submission-id.ts';
import { memoryStore } from './memory-store.ts';

const problem = (message: string, time: Date) =>
  toFeedbackEntry(
    { form: 'problem', message, reply: 'yes', email: 'a@example.com', council: 'Dorset Council', page: '/statement/' },
    time,
  );

async function storeWith(times: string[], options: Parameters<typeof memoryStore>[0] = {}) {
  const store = memoryStore(options);
  for (const [index, time] of times.entries()) {
    const date = new Date(time);
    await store.write(keyAt(date), problem(`Message ${index}`, date));
  }
  return store;
}

const keyAt = (date: Date) => feedbackKey(date, newSubmissionId(date.getTime()));

describe('the CSV export', () => {
  test('has a header row and one row per submission, oldest first, in UK time', async () => {
    const store = await storeWith(['2026-07-01T10:00:00Z', '2025-12-31T23:59:59Z', '2026-01-01T00:00:00Z']);
    const voteTime = new Date('2026-02-01T00:00:00Z');
    await store.write(keyAt(voteTime), toFeedbackEntry({ form: 'useful', useful: 'yes', page: '/' }, voteTime));
    const { entries } = await collectFeedback(store, { since: londonMidnight('2026-01-01') });
    expect(feedbackCsv(entries)).toBe(
      '\uFEFF"Received (UK time)","Form","Page","Useful","Council","Wants a reply","Email","Message"\r\n' +
        '"2026-01-01 00:00:00","problem","/statement/","","Dorset Council","yes","a@example.com","Message 2"\r\n' +
        '"2026-02-01 00:00:00","useful","/","yes","","","",""\r\n' +
        '"2026-07-01 11:00:00","problem","/statement/","","Dorset Council","yes","a@example.com","Message 0"\r\n',
    );
  });

  test('takes days as UK days: in summer, a day starts at 23:00 UTC the day before', async () => {
    const store = await storeWith([
      '2026-06-30T22:59:59Z',
      '2026-06-30T23:00:00Z',
      '2026-07-01T22:59:59Z',
      '2026-07-01T23:00:00Z',
    ]);
    const { entries } = await collectFeedback(store, {
      since: londonMidnight('2026-07-01'),
      until: londonMidnight('2026-07-02'),
    });
    expect(entries.map((entry) => entry.receivedAt)).toEqual(['2026-06-30T23:00:00.000Z', '2026-07-01T22:59:59.000Z']);
    expect(londonMidnight('2026-01-15').toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  test('can stop before a date', async () => {
    const store = await storeWith(['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z']);
    const { entries } = await collectFeedback(store, { until: new Date('2026-02-01T00:00:00Z') });
    expect(entries.map((entry) => entry.receivedAt)).toEqual(['2026-01-01T00:00:00.000Z']);
  });

  test('quotes every cell and never lets one become a spreadsheet formula', () => {
    expect(csvCell('He said "hi", then left')).toBe('"He said ""hi"", then left"');
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell('+44 1305')).toBe('"\'+44 1305"');
    expect(csvCell('-1')).toBe('"\'-1"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell(null)).toBe('""');
  });

  test('skips and counts what it cannot use, and says which: not feedback, unreadable, not our keys', async () => {
    const broken = keyAt(new Date('2026-01-03T00:00:00Z'));
    const store = await storeWith(['2026-01-01T00:00:00Z'], { unreadable: [broken] });
    const odd = keyAt(new Date('2026-01-02T00:00:00Z'));
    await store.write(odd, { form: 'problem', ip: '203.0.113.1' });
    await store.write(broken, '{"form":"prob');
    await store.write('notes', { hello: 'world' });
    const result = await collectFeedback(store);
    expect(result.entries).toHaveLength(1);
    expect(result.skipped).toEqual([odd]);
    expect(result.unreadable).toEqual([broken]);
    expect(result.unrecognised).toEqual(['notes']);
  });
});

describe('the purge', () => {
  const now = new Date('2027-01-10T12:00:00Z');

  test('deletes the days that ended more than the retention period ago, and keeps the rest', async () => {
    const store = await storeWith([
      '2026-01-09T23:59:59Z',
      '2026-01-10T00:00:00Z',
      '2026-01-10T12:00:01Z',
      '2026-12-25T00:00:00Z',
    ]);
    await store.write('2025-06-01T101112.123Z-0f8fad5b-d9cb-469f-a165-70867728950e', problem('Old key', now));
    await store.write('not-a-feedback-key', {});
    const result = await purgeOldFeedback(store, { now, retentionDays: 365 });
    expect(result).toEqual({
      cutoffDay: '2026-01-10',
      deleted: 2,
      kept: 3,
      failed: 0,
      unrecognised: ['not-a-feedback-key'],
      complete: true,
    });
    const { entries } = await collectFeedback(store);
    expect(entries.map((entry) => (entry.form === 'problem' ? entry.message : ''))).toEqual([
      'Message 1',
      'Message 2',
      'Message 3',
    ]);
    expect(store.entries.has('not-a-feedback-key')).toBe(true);
  });

  test('lists only the expired days, never the ones it keeps', async () => {
    const store = await storeWith(['2025-01-01T00:00:00Z', '2026-12-01T00:00:00Z']);
    const prefixes: string[] = [];
    const list = store.list.bind(store);
    store.list = async (options) => {
      prefixes.push(options?.prefix ?? (options?.directories ? '(days)' : '(everything)'));
      return list(options);
    };
    await purgeOldFeedback(store, { now, retentionDays: 365, budgetMs: 0 });
    expect(prefixes).toEqual(['(days)']);
    const result = await purgeOldFeedback(store, { now, retentionDays: 365 });
    expect(prefixes.slice(1)).toEqual(['(days)', '2025-01-01/', '2026-12-01/']);
    expect(result.deleted).toBe(1);
  });

  test('stops when its time is up, says so, and the next run carries on', async () => {
    const times = Array.from({ length: 100 }, (_, index) => new Date(Date.UTC(2025, 0, 1 + (index % 5))).toISOString());
    const store = await storeWith(times);
    let ticks = 0;
    // A clock that moves one second per reading: the 20-second budget runs out part-way.
    const clock = () => (ticks += 1) * 1000;
    const first = await purgeOldFeedback(store, { now, retentionDays: 365, clock, concurrency: 4 });
    expect(first.complete).toBe(false);
    expect(first.deleted).toBeGreaterThan(0);
    expect(first.deleted).toBeLessThan(100);
    expect(store.entries.size).toBe(100 - first.deleted);
    const second = await purgeOldFeedback(store, { now, retentionDays: 365 });
    expect(second).toMatchObject({ complete: true, deleted: 100 - first.deleted });
    expect(store.entries.size).toBe(0);
  });

  test('counts the deletes that fail, and leaves them for the next run', async () => {
    const store = await storeWith(['2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z']);
    const remove = store.delete.bind(store);
    let calls = 0;
    store.delete = async (key) => {
      calls += 1;
      if (calls === 1) throw new Error('Blobs answered 500');
      return remove(key);
    };
    expect(await purgeOldFeedback(store, { now, retentionDays: 365 })).toMatchObject({ deleted: 1, failed: 1 });
    expect(store.entries.size).toBe(1);
  });

  test('counts without deleting on a dry run', async () => {
    const store = await storeWith(['2025-01-01T00:00:00Z']);
    expect((await purgeOldFeedback(store, { now, retentionDays: 365, dryRun: true })).deleted).toBe(1);
    expect(store.entries.size).toBe(1);
  });
});
