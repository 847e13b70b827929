import { request as httpRequest } from 'node:http';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as feedbackFunction from '../../src/functions/feedback.ts';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { validProblem } from '../fixtures/feedback/submissions.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/feedback');
let site: ServedSite;

beforeAll(async () => {
  site = await serveSite({ distDir: path.join(fixtures, 'site') });
});
afterAll(() => site.close());

const post = (body: string, headers: Record<string, string>) =>
  fetch(site.at('/api/feedback'), { method: 'POST', redirect: 'manual', headers, body });
const json = { 'content-type': 'application/json', accept: 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };

/** A chunked body (no Content-Length), sent as a browser-less client could. */
function postChunked(size: number): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { hostname, port, path: '/api/feedback', method: 'POST', headers: { ...form, 'transfer-encoding': 'chunked' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    for (let sent = 0; sent < size; sent += 1000) request.write('a'.repeat(1000));
    request.end();
  });
}

async function storedFiles(): Promise<string[]> {
  const folder = path.join(site.dataDir, 'blobs/entries/local/site:feedback');
  const days = await readdir(folder).catch(() => []);
  const files = await Promise.all(
    days.map(async (day) => (await readdir(path.join(folder, day))).map((id) => path.join(folder, day, id))),
  );
  return files.flat();
}

// One file, one server, in this order: the posts before the rate-limit test count towards its minute.
describe('the feedback endpoint under npm start', () => {
  test('refuses a post from another site’s page with 403, and stores nothing', async () => {
    const before = (await storedFiles()).length;
    const body = new URLSearchParams({ ...validProblem }).toString();
    const fromElsewhere = await post(body, { ...form, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(fromElsewhere.status).toBe(403);
    expect(await fromElsewhere.text()).toContain('Your feedback was not sent');
    const ownPage = await post(body, { ...form, origin: new URL(site.url).origin, 'sec-fetch-site': 'same-origin' });
    expect(ownPage.status).toBe(303);
    expect((await storedFiles()).length).toBe(before + 1);
  });

  test('answers an oversized chunked body with the 413 page, not a reset connection', async () => {
    const { status, body } = await postChunked(20_000);
    expect(status).toBe(413);
    expect(body).toContain('Your feedback is too long');
  });

  test('stores feedback readable by its owner only', async () => {
    const files = await storedFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(site.dataDir)).mode & 0o777).toBe(0o700);
  });

  test('applies the function’s own rate limit: the 21st post in a minute from one address gets 429', async () => {
    const { windowLimit, windowSize } = feedbackFunction.config.rateLimit;
    expect([windowLimit, windowSize]).toEqual([20, 60]);
    // Three posts above already counted.
    const statuses: number[] = [];
    for (let index = 3; index < windowLimit + 1; index += 1) {
      const response = await post(JSON.stringify({ ...validProblem, message: `Post ${index}` }), json);
      statuses.push(response.status);
    }
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    const limited = statuses.at(-1);
    expect(limited).toBe(429);
    const again = await post(JSON.stringify(validProblem), json);
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
