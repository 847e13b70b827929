import type { VFile } from 'vfile';
import { formatUkDate, parseIsoDay } from '../dates.ts';
import { report } from './messages.ts';

/** Warns when a page's `reviewBy` date has passed, so standing pages such as the privacy notice stay true. */
export function checkReviewDate(file: VFile, frontMatter: Record<string, unknown>, today: Date): void {
  const reviewBy = frontMatter['reviewBy'];
  const date = reviewBy instanceof Date ? reviewBy : typeof reviewBy === 'string' ? parseIsoDay(reviewBy) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date >= today) return;
  const line =
    String(file.value)
      .split('\n')
      .findIndex((text) => text.startsWith('reviewBy:')) + 1;
  report(
    file,
    'warning',
    'review-date-passed',
    `This page was due for review on ${formatUkDate(date)}. Check it is still right, then set reviewBy to a date in the future.`,
    line > 0 ? { start: { line, column: 1 } } : undefined,
  );
}
