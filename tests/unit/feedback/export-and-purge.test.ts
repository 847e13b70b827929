import { describe, expect, test } from 'vitest';
import { feedbackCsv } from '../../../src/lib/feedback/csv.ts';
import { csvCell } from '../../../src/lib/csv.ts';
import { toFeedbackEntry } from '../../../src/lib/feedback/entry.ts';
import { collectFeedback } from '../../../src/lib/feedback/export.ts';
import { newFeedbackKey } from '../../../src/lib/feedback/key.ts';
import { purgeOldFeedback } from '../../../src/lib/feedback/purge.ts';
import { memoryStore } from './memory-store.ts';

const problem = (message: string, time: Date) =>
  toFeedbackEntry(
    { form: 'problem', message, reply: 'yes', email: 'a@example.com', council: 'Dorset Council', page: '/statement/' },
    time,
  );

async function storeWith(times: string[]) {
  const store = memoryStore();
  for (const [index, time] of times.entries()) {
    const date = new Date(time);
    await store.setJSON(newFeedbackKey(date), problem(`Message ${index}`, date));
  }
  return store;
}

describe('the CSV export', () => {
  test('has a header row and one row per submission, oldest first', async () => {
    const store = await storeWith(['2026-03-01T10:00:00Z', '2025-12-31T23:59:59Z', '2026-01-01T00:00:00Z']);
    await store.setJSON(
      newFeedbackKey(new Date('2026-02-01T00:00:00Z')),
      toFeedbackEntry({ form: 'useful', useful: 'yes', page: '/' }, new Date('2026-02-01T00:00:00Z')),
    );
    const { entries } = await collectFeedback(store, { since: new Date('2026-01-01T00:00:00Z') });
    expect(feedbackCsv(entries)).toBe(
      '\uFEFF"Received","Form","Page","Useful","Council","Wants a reply","Email","Message"\r\n' +
        '"2026-01-01T00:00:00.000Z","problem","/statement/","","Dorset Council","yes","a@example.com","Message 2"\r\n' +
        '"2026-02-01T00:00:00.000Z","useful","/","yes","","","",""\r\n' +
        '"2026-03-01T10:00:00.000Z","problem","/statement/","","Dorset Council","yes","a@example.com","Message 0"\r\n',
    );
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

  test('skips entries that are not feedback and keys that are not ours, and says which', async () => {
    const store = await storeWith(['2026-01-01T00:00:00Z']);
    const odd = newFeedbackKey(new Date('2026-01-02T00:00:00Z'));
    await store.setJSON(odd, { form: 'problem', ip: '203.0.113.1' });
    await store.setJSON('notes', { hello: 'world' });
    const { entries, skipped } = await collectFeedback(store);
    expect(entries).toHaveLength(1);
    expect(skipped).toEqual([odd]);
  });
});

describe('the purge', () => {
  const now = new Date('2027-01-10T12:00:00Z');

  test('deletes what is older than the retention period and keeps the rest', async () => {
    const store = await storeWith(['2026-01-10T11:59:59Z', '2026-01-10T12:00:01Z', '2026-12-25T00:00:00Z']);
    await store.setJSON('not-a-feedback-key', {});
    const result = await purgeOldFeedback(store, { now, retentionDays: 365 });
    expect(result).toEqual({ deleted: 1, kept: 2, unrecognised: 1, cutoff: '2026-01-10T12:00:00.000Z' });
    const { entries } = await collectFeedback(store);
    expect(entries.map((entry) => (entry.form === 'problem' ? entry.message : ''))).toEqual(['Message 1', 'Message 2']);
    expect(store.entries.has('not-a-feedback-key')).toBe(true);
  });

  test('counts without deleting on a dry run', async () => {
    const store = await storeWith(['2025-01-01T00:00:00Z']);
    expect((await purgeOldFeedback(store, { now, retentionDays: 365, dryRun: true })).deleted).toBe(1);
    expect(store.entries.size).toBe(1);
  });
});
