import { isSubmissionId } from './submission-id.ts';
import { parseIsoDay } from '../dates.ts';

// "2026-01-05/<UUIDv7>": the day it arrived (UTC, by the server's clock) first, so the purge can list
// one expired day at a time ("2026-01-05/" is a folder to Netlify Blobs' `list({ directories: true })`),
// then the submission's own id, so a resend of the same submission lands on the same key. No ":"
// (keys become file names in the local store).
const keyPattern = /^(\d{4}-\d{2}-\d{2})\/([0-9a-f-]{36})$/;
// Keys written before submission ids: "2026-01-05T101112.123Z-<random UUID>", kept readable so the
// purge still deletes them on time.
const oldKeyPattern = /^(\d{4}-\d{2}-\d{2})T\d{6}\.\d{3}Z-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;

/** The UTC day of `time` as YYYY-MM-DD: the folder its submissions are stored in. */
export function feedbackDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** Whether `day` is a real calendar day written as YYYY-MM-DD. */
export function isFeedbackDay(day: string): boolean {
  return parseIsoDay(day) !== undefined;
}

/** The store key for submission `id` received at `time`. */
export function feedbackKey(time: Date, id: string): string {
  if (!isSubmissionId(id)) throw new TypeError(`"${id}" is not a submission id (a UUIDv7)`);
  return `${feedbackDay(time)}/${id}`;
}

/** The day (YYYY-MM-DD) the submission stored under `key` arrived, or null if the key is not one of ours. */
export function dayOfFeedbackKey(key: string): string | null {
  const match = keyPattern.exec(key);
  const day = match && isSubmissionId(match[2]) ? match[1] : oldKeyPattern.exec(key)?.[1];
  return day && isFeedbackDay(day) ? day : null;
}
