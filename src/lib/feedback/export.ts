import { feedbackEntrySchema, type FeedbackEntry } from './entry.ts';
import { timeFromFeedbackKey } from './key.ts';
import type { FeedbackReader } from './store.ts';

/** What the export found: the entries, oldest first, and keys it had to skip because they did not read as feedback. */
export interface CollectedFeedback {
  entries: FeedbackEntry[];
  skipped: string[];
}

/** Runs `task` over `items`, at most `limit` at a time, keeping order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Every stored submission received at or after `since` (and before `until`, if given), oldest first. */
export async function collectFeedback(
  store: FeedbackReader,
  { since, until }: { since?: Date; until?: Date } = {},
): Promise<CollectedFeedback> {
  const { blobs } = await store.list();
  const keys = blobs
    .map(({ key }) => ({ key, time: timeFromFeedbackKey(key) }))
    .filter(({ time }) => time !== null && (!since || time >= since) && (!until || time < until))
    .map(({ key }) => key)
    .sort();
  const skipped: string[] = [];
  const read = await mapLimited(keys, 8, async (key) => {
    const parsed = feedbackEntrySchema.safeParse(await store.get(key, { type: 'json' }));
    if (!parsed.success) skipped.push(key);
    return parsed.success ? parsed.data : null;
  });
  return { entries: read.filter((entry): entry is FeedbackEntry => entry !== null), skipped };
}
