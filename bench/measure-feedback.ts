/**
 * Feedback figures for `npm run bench` (also `npx node bench/measure-feedback.ts` on its own):
 * - how long a post waits for its 503 when the store fails, in each way, with the production retry
 *   settings (a child process run as NODE_ENV=production: tests/integration/store-fault-probe.ts);
 * - how many daily purge runs it takes to delete 100,000 expired entries from the local Netlify
 *   Blobs server, each run stopping within its time budget as it does inside Netlify's 30 s.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { feedbackKey } from '../src/lib/feedback/key.ts';
import { purgeBudgetMs, purgeOldFeedback } from '../src/lib/feedback/purge.ts';
import { openFeedbackStore } from '../src/lib/feedback/store.ts';
import { newSubmissionId } from '../src/lib/feedback/submission-id.ts';
import { startLocalBlobs } from '../src/server/blobs.ts';

const run = promisify(execFile);
const probe = path.resolve(import.meta.dirname, '../tests/integration/store-fault-probe.ts');

/** What was measured. */
export interface FeedbackCost {
  /** Slowest answer to a post, per kind of store failure, in ms (all 503). */
  storeFailureMs: Record<string, number>;
  purge: {
    expired: number;
    budgetMs: number;
    runs: Array<{ deleted: number; ms: number; complete: boolean }>;
    /** Runs measured plus, if it was not done, the runs the rest would take at the measured rate. */
    runsNeeded: number;
  };
}

async function storeFailureTimes(): Promise<Record<string, number>> {
  const faults = [500, 401, 429, 'reset', 'hang'];
  const { stdout } = await run(process.execPath, [probe, JSON.stringify(faults)], {
    env: { ...process.env, NODE_ENV: 'production' },
    timeout: 120_000,
  });
  const { posts } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    posts: Array<{ fault: string | number; status: number; ms: number }>;
  };
  const slowest: Record<string, number> = {};
  for (const { fault, status, ms } of posts) {
    if (status !== 503) throw new Error(`A store failing with ${fault} answered ${status}, not 503`);
    slowest[String(fault)] = Math.max(slowest[String(fault)] ?? 0, ms);
  }
  return slowest;
}

/** Writes `count` entries straight into the local Blobs server's folders (as its PUT would), spread over 100 expired days. */
async function writeExpired(directory: string, count: number): Promise<void> {
  const store = path.join('local', 'site:feedback');
  for (let index = 0; index < count; index += 1) {
    const time = new Date(Date.UTC(2020, 0, 1 + (index % 100), 12));
    const key = feedbackKey(time, newSubmissionId(time.getTime()));
    for (const [kind, body] of [
      ['entries', '{"form":"useful","useful":"yes","page":"/","receivedAt":"2020-01-01T12:00:00.000Z"}'],
      ['metadata', '{}'],
    ] as const) {
      const file = path.join(directory, kind, store, key);
      if (index < 100) await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, body);
    }
  }
}

async function purgeRuns(expired: number, maxRuns: number): Promise<FeedbackCost['purge']> {
  const directory = await mkdtemp(path.join(tmpdir(), 'send-purge-bench-'));
  try {
    await writeExpired(directory, expired);
    const blobs = await startLocalBlobs(directory);
    const store = openFeedbackStore(blobs.connection);
    const runs: FeedbackCost['purge']['runs'] = [];
    try {
      for (let attempt = 0; attempt < maxRuns; attempt += 1) {
        const started = performance.now();
        const result = await purgeOldFeedback(store, { now: new Date(), retentionDays: 365 });
        runs.push({ deleted: result.deleted, ms: Math.round(performance.now() - started), complete: result.complete });
        if (result.complete) break;
      }
    } finally {
      await blobs.stop();
    }
    const deleted = runs.reduce((total, { deleted: count }) => total + count, 0);
    const perRun = deleted / runs.length;
    const runsNeeded = runs.at(-1)?.complete ? runs.length : runs.length + Math.ceil((expired - deleted) / perRun);
    return { expired, budgetMs: purgeBudgetMs, runs, runsNeeded };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Measures both; `expired` is the purge's backlog, `maxRuns` how many runs to time before estimating the rest. */
export async function measureFeedback(expired = 100_000, maxRuns = 3): Promise<FeedbackCost> {
  return { storeFailureMs: await storeFailureTimes(), purge: await purgeRuns(expired, maxRuns) };
}

/** The figures as lines of text for the bench report. */
export function formatFeedback(cost: FeedbackCost): string {
  const faults = Object.entries(cost.storeFailureMs)
    .map(([fault, ms]) => `${fault} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  const { purge } = cost;
  const runs = purge.runs.map((run) => `${run.deleted.toLocaleString('en-GB')} in ${(run.ms / 1000).toFixed(1)} s`);
  return [
    `Feedback: 503 when the store fails (slowest answer, production retries): ${faults}`,
    `Feedback purge: ${purge.expired.toLocaleString('en-GB')} expired entries need ${purge.runsNeeded} daily run${purge.runsNeeded === 1 ? '' : 's'} of at most ${purge.budgetMs / 1000} s (measured: ${runs.join('; ')}${purge.runs.at(-1)?.complete ? '' : '; the rest estimated at that rate'})`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [expired = 100_000, maxRuns = 3] = process.argv.slice(2).map(Number);
  console.log(formatFeedback(await measureFeedback(expired, maxRuns)));
}
