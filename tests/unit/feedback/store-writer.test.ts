import { describe, expect, test } from 'vitest';
import { rateLimiter } from '../../../src/server/rate-limit.ts';
import { blobsWriter, StoreWriteError } from '../../../src/lib/feedback/store.ts';

const connection = { siteID: 'site', token: 'token', edgeURL: 'http://blobs.invalid' };

/** The real @netlify/blobs client with a fetch that answers every PUT with `status` (or never). */
function writerAnswering(status: number | 'never', timeoutMs = 200) {
  const puts: string[] = [];
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if ((init?.method ?? 'GET') === 'PUT') puts.push(String(input));
    if (status === 'never') {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    }
    return new Response(null, { status, headers: status < 300 ? { etag: '"1"' } : {} });
  }) as typeof fetch;
  return { puts, writer: blobsWriter({ connection, timeoutMs, fetch: fakeFetch }) };
}

describe('writing to Netlify Blobs', () => {
  test('a 2xx is stored and a 412 (the key is taken: a resend) is already stored', async () => {
    expect(await writerAnswering(201).writer.write('2026-01-01/x', {})).toBe('stored');
    expect(await writerAnswering(412).writer.write('2026-01-01/x', {})).toBe('already-stored');
  });

  test.each([500, 503, 401, 403, 404, 429, 400])(
    'a %s is a failure, although the client reports it as "modified"',
    async (status) => {
      await expect(writerAnswering(status).writer.write('2026-01-01/x', {})).rejects.toBeInstanceOf(StoreWriteError);
    },
  );

  test('no answer is a failure once the time is up, and nothing more is sent after it', async () => {
    const { writer, puts } = writerAnswering('never', 100);
    const started = Date.now();
    await expect(writer.write('2026-01-01/x', {})).rejects.toThrow('no answer in time');
    expect(Date.now() - started).toBeLessThan(1_000);
    const sent = puts.length;
    await new Promise((done) => setTimeout(done, 50));
    expect(puts.length).toBe(sent);
  });
});

describe('the local rate limit', () => {
  test('lets `windowLimit` requests through per client per window, then says when to come back', () => {
    let now = 0;
    const limit = rateLimiter({ windowLimit: 20, windowSize: 60 }, () => now);
    for (let index = 0; index < 20; index += 1) expect(limit('203.0.113.1')).toEqual({ allowed: true });
    expect(limit('203.0.113.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limit('203.0.113.2')).toEqual({ allowed: true });
    now = 59_999;
    expect(limit('203.0.113.1').allowed).toBe(false);
    now = 60_000;
    expect(limit('203.0.113.1')).toEqual({ allowed: true });
  });
});
