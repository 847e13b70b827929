import { toCsv } from '../csv.ts';
import type { FeedbackEntry } from './entry.ts';
import { londonDateTime } from './london-time.ts';

/** The columns of the export, in order, as the council team see them in a spreadsheet. */
export const csvColumns = [
  'Received (UK time)',
  'Form',
  'Page',
  'Useful',
  'Council',
  'Wants a reply',
  'Email',
  'Message',
] as const;

function row(entry: FeedbackEntry): string[] {
  const common = [londonDateTime(entry.receivedAt), entry.form, entry.page ?? ''];
  if (entry.form === 'useful') return [...common, entry.useful, '', '', '', ''];
  return [...common, '', entry.council, entry.reply, entry.email ?? '', entry.message];
}

/** The entries as CSV, with the site's one CSV writer (src/lib/csv.ts). */
export function feedbackCsv(entries: readonly FeedbackEntry[]): string {
  return toCsv([csvColumns, ...entries.map(row)]);
}
