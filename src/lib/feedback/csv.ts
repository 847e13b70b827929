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

// A cell starting with one of these is a formula to Excel and LibreOffice; a leading apostrophe
// makes it text (OWASP "CSV Injection").
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: text, never a formula, quoted with its quotes doubled (RFC 4180). */
export function csvCell(value: string | null | undefined): string {
  const text = value ?? '';
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

function row(entry: FeedbackEntry): string[] {
  const common = [londonDateTime(entry.receivedAt), entry.form, entry.page ?? ''];
  if (entry.form === 'useful') return [...common, entry.useful, '', '', '', ''];
  return [...common, '', entry.council, entry.reply, entry.email ?? '', entry.message];
}

/**
 * The entries as CSV that Excel opens correctly: a byte-order mark so it reads UTF-8,
 * CRLF line ends, every cell quoted and made safe from formula injection.
 */
export function feedbackCsv(entries: readonly FeedbackEntry[]): string {
  const lines = [csvColumns.map(csvCell), ...entries.map((entry) => row(entry).map(csvCell))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
