import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const probe = path.resolve(import.meta.dirname, 'store-fault-probe.ts');

interface ProbeResult {
  nodeEnv: string;
  posts: Array<{
    kind: 'json' | 'form';
    fault: string | number | null;
    status: number;
    retryAfter: string | null;
    ms: number;
    keptWhatTheyTyped: boolean;
    saidNotSent: boolean;
    stored: number;
  }>;
  resends: Array<{ kind: string; status: number }>;
  storedTotal: number;
  logs: string[];
}

// Every case at once, in one process run as production: @netlify/blobs waits 5 s between retries
// there (vitest's NODE_ENV=test makes it 1 ms, which would hide a slow answer).
const faults = [null, 500, 401, 429, 'reset', 'hang', 'stored-then-500'];
const result = run(process.execPath, [probe, JSON.stringify(faults)], {
  env: { ...process.env, NODE_ENV: 'production' },
  timeout: 60_000,
}).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ProbeResult);

describe('the feedback function with the real Netlify Blobs client, against a store that fails on purpose', () => {
  test('runs with production retry settings', async () => {
    expect((await result).nodeEnv).toBe('production');
  });

  test('stores and thanks them when the store confirms the write', async () => {
    const posts = (await result).posts.filter(({ fault }) => fault === null);
    expect(posts.map(({ status, stored }) => [status, stored])).toEqual([
      [200, 1],
      [303, 1],
    ]);
  });

  test.each([500, 401, 429, 'reset', 'hang'])(
    'a store that answers %s gets 503 with Retry-After within 5 s, keeps what they typed, and stores nothing',
    async (fault) => {
      const posts = (await result).posts.filter((post) => post.fault === fault);
      expect(posts).toHaveLength(2);
      for (const post of posts) {
        expect(post).toMatchObject({ status: 503, retryAfter: '60', saidNotSent: true, stored: 0 });
        // 5 s on a quiet machine (npm run bench measures it); generous here for a busy one.
        expect(post.ms).toBeLessThan(8_000);
      }
      expect(posts.find(({ kind }) => kind === 'form')?.keptWhatTheyTyped).toBe(true);
    },
  );

  test('a write whose answer is lost is a 503 too: never a false "received"', async () => {
    const posts = (await result).posts.filter(({ fault }) => fault === 'stored-then-500');
    for (const post of posts) expect(post.status).toBe(503);
  });

  test('sent again with the store working, each is stored once: the lost write counts as already stored (412)', async () => {
    const { posts, resends, storedTotal } = await result;
    expect(resends).toHaveLength(posts.length - 2);
    for (const resend of resends) expect(resend.status).toBe(resend.kind === 'json' ? 200 : 303);
    expect(storedTotal).toBe(posts.length);
  });

  test('logs "stored" only for what this post stored', async () => {
    const { logs, posts, resends } = await result;
    const lines = (event: string) => logs.filter((line) => line.includes(`"${event}"`)).length;
    expect(lines('feedback.store-failed')).toBe(resends.length);
    expect(lines('feedback.already-stored')).toBe(posts.filter(({ fault }) => fault === 'stored-then-500').length);
    expect(lines('feedback.stored')).toBe(posts.length - lines('feedback.already-stored'));
  });
});
