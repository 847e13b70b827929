import { feedbackEntrySchema, type FeedbackEntry } from './entry.ts';
import { dayOfFeedbackKey } from './key.ts';
import { mapLimited } from './map-limited.ts';
import type { FeedbackReader } from './store.ts';

/**
 * What the export found: the entries, oldest first; keys that read but are not feedback (`skipped`);
 * keys that could not be read at all (`unreadable`, such as a truncated file); and keys that are not
 * ours (`unrecognised`). None of these stops the export.
 */
export interface CollectedFeedback {
  entries: FeedbackEntry[];
  skipped: string[];
  unreadable: string[];
  unrecognised: string[];
}

const dayMs = 24 * 60 * 60 * 1000;

/** Every stored submission received at or after `since` (and before `until`, if given), oldest first. */
export async function collectFeedback(
  store: FeedbackReader,
  { since, until }: { since?: Date; until?: Date } = {},
): Promise<CollectedFeedback> {
  const { blobs } = await store.list();
  const unrecognised: string[] = [];
  const keys: string[] = [];
  for (const { key } of blobs) {
    const day = dayOfFeedbackKey(key);
    if (!day) {
      unrecognised.push(key);
      continue;
    }
    // The key's day is UTC; the exact time is in the entry. Read the days either side too.
    const dayStart = Date.parse(`${day}T00:00:00Z`);
    if ((since && dayStart + dayMs <= since.getTime() - dayMs) || (until && dayStart >= until.getTime() + dayMs))
      continue;
    keys.push(key);
  }
  const skipped: string[] = [];
  const unreadable: string[] = [];
  const read = await mapLimited(keys, 8, async (key) => {
    let value: unknown;
    try {
      value = await store.get(key, { type: 'json' });
    } catch {
      unreadable.push(key);
      return null;
    }
    const parsed = feedbackEntrySchema.safeParse(value);
    if (!parsed.success) skipped.push(key);
    return parsed.success ? parsed.data : null;
  });
  const entries = read
    .filter((entry): entry is FeedbackEntry => entry !== null && entry !== undefined)
    .filter(({ receivedAt }) => {
      const time = Date.parse(receivedAt);
      return (!since || time >= since.getTime()) && (!until || time < until.getTime());
    })
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return { entries, skipped: skipped.sort(), unreadable: unreadable.sort(), unrecognised };
}
