/**
 * Writes feedback as CSV for the council team.
 *
 *   npm run --silent feedback:export -- --since 2026-01-01 > feedback.csv
 *   npm run feedback:export -- --since 2026-01-01 --until 2026-02-01 --out feedback.csv
 *
 * Reads Netlify's store when NETLIFY_SITE_ID and NETLIFY_AUTH_TOKEN are set (or with
 * --source netlify), otherwise the local store that `npm start` writes (--data-dir, default .data).
 * The file holds personal data: keep it somewhere safe and delete it when done.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseIsoDay } from '../lib/dates.ts';
import { feedbackCsv } from '../lib/feedback/csv.ts';
import { collectFeedback } from '../lib/feedback/export.ts';
import { openStoreFor } from '../server/open-store.ts';

function day(option: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = parseIsoDay(value);
  if (!date) {
    console.error(`--${option} is "${value}": give a date as YYYY-MM-DD, like 2026-01-01`);
    process.exit(2);
  }
  return date;
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
    const { entries, skipped } = await collectFeedback(opened.store, {
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    });
    const csv = feedbackCsv(entries);
    if (values.out) await writeFile(values.out, csv);
    else process.stdout.write(csv);
    const range = since ? ` since ${values.since}` : '';
    console.error(
      `Exported ${entries.length} submission${entries.length === 1 ? '' : 's'}${range} from ${opened.description}${values.out ? ` to ${values.out}` : ''}.`,
    );
    if (skipped.length > 0)
      console.error(`Skipped ${skipped.length} entries that are not feedback: ${skipped.join(', ')}`);
  } finally {
    await opened.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
