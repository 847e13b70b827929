/**
 * Writes feedback as CSV for the council team.
 *
 *   npm run --silent feedback:export -- --since 2026-01-01 > feedback.csv
 *   npm run feedback:export -- --since 2026-01-01 --until 2026-02-01 --out feedback.csv
 *
 * Days are UK days (Europe/London), and so is the Received column; --until is the first day left out.
 * Reads Netlify's store when NETLIFY_SITE_ID and NETLIFY_AUTH_TOKEN are set (or with
 * --source netlify), otherwise the local store that `npm start` writes (--data-dir, default .data).
 * The file holds personal data: keep it somewhere safe and delete it when done.
 */
import { chmod, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseIsoDay } from '../lib/dates.ts';
import { feedbackCsv } from '../lib/feedback/csv.ts';
import { collectFeedback } from '../lib/feedback/export.ts';
import { londonMidnight } from '../lib/feedback/london-time.ts';
import { openStoreFor } from '../server/open-store.ts';

/** A day given on the command line, as the start of that day in UK time. */
function day(option: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (!parseIsoDay(value)) {
    console.error(`--${option} is "${value}": give a date as YYYY-MM-DD, like 2026-01-01`);
    process.exit(2);
  }
  return londonMidnight(value);
}

const { values } = parseArgs({
  options: {
    since: { type: 'string' },
    until: { type: 'string' },
    out: { type: 'string' },
    source: { type: 'string' },
    'data-dir': { type: 'string', default: '.data' },
  },
});
const since = day('since', values.since);
const until = day('until', values.until);

try {
  const opened = await openStoreFor(values.source, values['data-dir']);
  try {
    const { entries, skipped, unreadable, unrecognised } = await collectFeedback(opened.store, {
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    });
    const csv = feedbackCsv(entries);
    // Personal data: readable by its owner only.
    if (values.out) {
      await writeFile(values.out, csv, { mode: 0o600 });
      await chmod(values.out, 0o600);
    } else process.stdout.write(csv);
    const range = since ? ` since ${values.since}` : '';
    console.error(
      `Exported ${entries.length} submission${entries.length === 1 ? '' : 's'}${range} from ${opened.description}${values.out ? ` to ${values.out}` : ''}.`,
    );
    if (skipped.length > 0)
      console.error(`Skipped ${skipped.length} entries that are not feedback: ${skipped.join(', ')}`);
    if (unreadable.length > 0)
      console.error(`Skipped ${unreadable.length} entries that could not be read: ${unreadable.join(', ')}`);
    if (unrecognised.length > 0)
      console.error(`Skipped ${unrecognised.length} keys that are not feedback keys: ${unrecognised.join(', ')}`);
  } finally {
    await opened.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
