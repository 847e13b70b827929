import { formatMonthYear } from './dates.ts';

/** Items in the order their source lists them (`order` 1, 2 ...), by id on a tie so builds never reorder them. */
export function byOrder<T extends { id: string; data: { order: number } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** When a status was true, in words: the editor's `asOfLabel`, or the month and year of `asOf` ("September 2025"). */
export function asOfText(status: { asOf?: Date | undefined; asOfLabel?: string | undefined }): string {
  if (status.asOfLabel) return status.asOfLabel;
  if (status.asOf) return formatMonthYear(status.asOf);
  // The schema requires one of the two; this only guards code that builds a status by hand.
  throw new Error('A status needs asOf (YYYY-MM-DD) or asOfLabel (in words).');
}
