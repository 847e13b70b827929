/**
 * Run as its own process with NODE_ENV=production (so @netlify/blobs keeps its real 5-second retry
 * delays, which vitest's NODE_ENV=test shortens): posts feedback to the real function module
 * (src/functions/feedback.ts) with the real Blobs client, against a Blobs server that fails each
 * write the way it is told, and prints one JSON line with what each post got and what was stored.
 *
 *   NODE_ENV=production node tests/integration/store-fault-probe.ts '[500,401,429,"reset","hang"]'
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFeedbackStore } from '../../src/lib/feedback/store.ts';
import { newSubmissionId } from '../../src/lib/feedback/submission-id.ts';
import { isWrite, startFailingBlobs, type BlobsFault } from '../support/failing-blobs.ts';

const faults = JSON.parse(process.argv[2] ?? '[]') as Array<BlobsFault | null>;
const logs: string[] = [];
console.info = (line: unknown) => void logs.push(String(line));

const directory = await mkdtemp(join(tmpdir(), 'send-faults-'));
const faultFor = new Map<string, BlobsFault | null>();
// A write's URL ends in the key, which ends in the submission id: each post fails its own way.
const blobs = await startFailingBlobs(directory, (req) => {
  const id = isWrite(req) ? decodeURIComponent(req.url ?? '').slice(-36) : '';
  return faultFor.get(id) ?? null;
});
process.env.NETLIFY_BLOBS_CONTEXT = blobs.environmentContext;
const { default: feedback } = await import('../../src/functions/feedback.ts');

// Port 9 refuses at once, so the error pages use their built-in layout without waiting.
const endpoint = 'http://127.0.0.1:9/api/feedback';
const message = 'Fault probe: what they typed';

async function post(kind: 'json' | 'form', fault: BlobsFault | null, id = newSubmissionId()) {
  faultFor.set(id, fault);
  const fields = { form: 'problem', message, reply: 'no', council: 'Not sure', page: '/statement/', id };
  const request =
    kind === 'json'
      ? new Request(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(fields),
        })
      : new Request(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: new URLSearchParams(fields).toString(),
        });
  const started = performance.now();
  const response = await feedback(request);
  const body = await response.text();
  return {
    kind,
    fault,
    id,
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    ms: Math.round(performance.now() - started),
    keptWhatTheyTyped: body.includes(`${message}</textarea>`),
    saidNotSent: body.includes('Your feedback has not been sent'),
  };
}

try {
  const posts = await Promise.all(faults.flatMap((fault) => [post('json', fault), post('form', fault)]));
  const storedIds = (await openFeedbackStore(blobs.connection).list()).blobs.map(({ key }) => key.slice(-36));
  // Then each post that got 503 is sent again, as a person would, with the store working: the same id.
  const resends = await Promise.all(
    posts.filter(({ status }) => status === 503).map(({ kind, id }) => post(kind, null, id)),
  );
  const { blobs: stored } = await openFeedbackStore(blobs.connection).list();
  console.log(
    JSON.stringify({
      nodeEnv: process.env.NODE_ENV,
      posts: posts.map((result) => ({ ...result, stored: storedIds.filter((id) => id === result.id).length })),
      resends: resends.map(({ kind, fault, status }) => ({ kind, fault, status })),
      storedTotal: stored.length,
      logs,
    }),
  );
} finally {
  await blobs.stop();
  await rm(directory, { recursive: true, force: true });
}
// The client may still be sleeping before a retry it will never send (see blobsWriter): do not wait for it.
process.exit(0);
