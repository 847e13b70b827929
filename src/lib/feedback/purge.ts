import { dayOfFeedbackKey, feedbackDay, isFeedbackDay } from './key.ts';
import { mapLimited } from './map-limited.ts';
import type { FeedbackDeleter } from './store.ts';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Netlify stops a scheduled function after 30 s (https://docs.netlify.com/build/functions/scheduled-functions/):
 * the purge stops starting deletes after this, finishes those under way, and leaves the rest for the next run.
 */
export const purgeBudgetMs = 20_000;

/** Deletes under way at once: enough to hide each round trip, few enough not to be throttled. */
export const purgeConcurrency = 32;

/** What a purge did. */
export interface PurgeResult {
  /** Entries received before this day (UTC) are past the retention period. */
  cutoffDay: string;
  deleted: number;
  /** Entries inside the retention period; null when the run had no time left to count them. */
  kept: number | null;
  /** Expired entries whose delete failed: they are tried again next run. */
  failed: number;
  /** Keys that are not feedback keys, so their age is unknown: reported, never deleted. */
  unrecognised: string[];
  /** False when the time ran out: what is left is deleted by the next run. */
  complete: boolean;
}

/**
 * Deletes every submission received on a day that ended more than `retentionDays` days before
 * `now`, the period the privacy notice promises. It lists only the expired days (keys start with
 * the day, a folder to Netlify Blobs), deletes in parallel, and stops starting deletes after
 * `budgetMs` so it ends before Netlify's limit; the next run carries on. `dryRun` counts without deleting.
 */
export async function purgeOldFeedback(
  store: FeedbackDeleter,
  options: {
    now: Date;
    retentionDays: number;
    dryRun?: boolean;
    budgetMs?: number;
    concurrency?: number;
    clock?: () => number;
  },
): Promise<PurgeResult> {
  const { now, retentionDays, dryRun = false, budgetMs = purgeBudgetMs, concurrency = purgeConcurrency } = options;
  const clock = options.clock ?? (() => Date.now());
  const stopAt = clock() + budgetMs;
  const outOfTime = () => clock() >= stopAt;
  // A day is expired once its last moment is older than the retention period.
  const cutoffDay = feedbackDay(new Date(now.getTime() - retentionDays * dayMs));
  const result: PurgeResult = { cutoffDay, deleted: 0, kept: 0, failed: 0, unrecognised: [], complete: true };

  const top = await store.list({ directories: true });
  const days = (top.directories ?? []).filter(isFeedbackDay).sort();
  result.unrecognised.push(...(top.directories ?? []).filter((folder) => !isFeedbackDay(folder)));
  const expiredKeys: string[] = [];
  for (const { key } of top.blobs) {
    // Keys from before submission ids sit at the top level with their day in front.
    const day = dayOfFeedbackKey(key);
    if (!day) result.unrecognised.push(key);
    else if (day < cutoffDay) expiredKeys.push(key);
    else result.kept = (result.kept ?? 0) + 1;
  }

  const deleteAll = async (keys: readonly string[]) => {
    const done = await mapLimited(
      keys,
      concurrency,
      async (key) => {
        if (dryRun) return true;
        try {
          await store.delete(key);
          return true;
        } catch {
          return false;
        }
      },
      outOfTime,
    );
    for (const ok of done) {
      if (ok === true) result.deleted += 1;
      else if (ok === false) result.failed += 1;
    }
    if (done.includes(undefined)) result.complete = false;
  };

  await deleteAll(expiredKeys);
  for (const day of days.filter((day) => day < cutoffDay)) {
    if (outOfTime()) {
      result.complete = false;
      break;
    }
    const { blobs } = await store.list({ prefix: `${day}/` });
    const keys: string[] = [];
    for (const { key } of blobs) {
      if (dayOfFeedbackKey(key) === day) keys.push(key);
      else result.unrecognised.push(key);
    }
    await deleteAll(keys);
  }
  for (const day of days.filter((day) => day >= cutoffDay)) {
    if (outOfTime()) {
      result.kept = null;
      break;
    }
    if (result.kept !== null) result.kept += (await store.list({ prefix: `${day}/` })).blobs.length;
  }
  return result;
}
