import { timeFromFeedbackKey } from './key.ts';
import type { FeedbackDeleter } from './store.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** What a purge did: how many entries it deleted and kept, and how many keys it left alone because they are not ours. */
export interface PurgeResult {
  deleted: number;
  kept: number;
  unrecognised: number;
  cutoff: string;
}

/**
 * Deletes every submission received more than `retentionDays` days before `now`, the period the
 * privacy notice promises. The time comes from the key, so nothing has to be read to decide.
 * `dryRun` counts without deleting.
 */
export async function purgeOldFeedback(
  store: FeedbackDeleter,
  { now, retentionDays, dryRun = false }: { now: Date; retentionDays: number; dryRun?: boolean },
): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - retentionDays * dayMs);
  const { blobs } = await store.list();
  const result: PurgeResult = { deleted: 0, kept: 0, unrecognised: 0, cutoff: cutoff.toISOString() };
  for (const { key } of blobs) {
    const time = timeFromFeedbackKey(key);
    if (!time) {
      result.unrecognised += 1;
    } else if (time < cutoff) {
      if (!dryRun) await store.delete(key);
      result.deleted += 1;
    } else {
      result.kept += 1;
    }
  }
  return result;
}
