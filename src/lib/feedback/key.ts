// 2026-01-05T101112.123Z-<uuid>: sorts by time, has no ":" (keys become file names in the
// local store) and cannot collide, because the random UUID alone has 122 bits of entropy.
const keyPattern =
  /^(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A new, unique store key for a submission received at `time`. */
export function newFeedbackKey(time: Date): string {
  return `${time.toISOString().replaceAll(':', '')}-${crypto.randomUUID()}`;
}

/** When the submission stored under `key` was received, or null if the key is not one of ours. */
export function timeFromFeedbackKey(key: string): Date | null {
  const match = keyPattern.exec(key);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis] = match;
  const time = new Date(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}
