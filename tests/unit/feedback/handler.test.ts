import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { feedbackEntrySchema } from '../../../src/lib/feedback/entry.ts';
import { handleFeedback, type FeedbackDependencies } from '../../../src/lib/feedback/handler.ts';
import type { LogDetails } from '../../../src/lib/feedback/log.ts';
import type { Shell } from '../../../src/lib/feedback/shell.ts';
import { formBody, injectionPayloads, validProblem, validVote } from '../../fixtures/feedback/submissions.ts';
import { newSubmissionId } from '../../../src/lib/feedback/submission-id.ts';
import { memoryStore, type MemoryStore } from './memory-store.ts';

const endpoint = 'https://send.example/api/feedback';
const now = new Date('2026-02-03T04:05:06.007Z');
let shell: Shell;

beforeAll(async () => {
  const html = await readFile(
    path.resolve(import.meta.dirname, '../../fixtures/feedback/site/feedback/index.html'),
    'utf8',
  );
  shell = {
    html,
    headers: new Headers({ 'content-security-policy': "default-src 'self'", 'x-frame-options': 'DENY' }),
  };
});

function setup(options: Parameters<typeof memoryStore>[0] = {}) {
  const store = memoryStore(options);
  const logs: Array<{ event: string; details?: LogDetails }> = [];
  const deps: FeedbackDependencies = {
    store,
    now: () => now,
    loadShell: async () => shell,
    log: (event, details) => logs.push({ event, ...(details ? { details } : {}) }),
  };
  return { store, logs, send: (request: Request) => handleFeedback(request, deps) };
}

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  new Request(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      ...headers,
    },
    body: formBody(fields),
  });

function storedEntries(store: MemoryStore) {
  return [...store.entries.values()];
}

describe('the feedback endpoint, with JavaScript (JSON)', () => {
  test('stores a valid report and answers 200 only after storing it', async () => {
    const { store, send } = setup();
    const response = await send(postJson(validProblem));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'received' });
    expect(storedEntries(store)).toEqual([
      {
        form: 'problem',
        message: validProblem.message,
        reply: 'yes',
        email: 'parent@example.com',
        council: 'BCP Council',
        page: '/statement/',
        receivedAt: '2026-02-03T04:05:06.007Z',
      },
    ]);
  });

  test('stores the fields, the page, the council and the time, and nothing else: no IP address', async () => {
    const { store, send } = setup();
    await send(
      postJson(
        { ...validProblem, ip: '203.0.113.9', userAgent: 'Test' },
        { 'x-forwarded-for': '203.0.113.9', 'x-nf-client-connection-ip': '203.0.113.9', 'user-agent': 'Test' },
      ),
    );
    const [entry] = storedEntries(store);
    expect(feedbackEntrySchema.safeParse(entry).success).toBe(true);
    expect(Object.keys(entry as object).sort()).toEqual([
      'council',
      'email',
      'form',
      'message',
      'page',
      'receivedAt',
      'reply',
    ]);
    expect(JSON.stringify(entry)).not.toContain('203.0.113.9');
  });

  test('strips the query string and email addresses from the page address', async () => {
    const { store, send } = setup();
    await send(postJson({ ...validProblem, page: '/search/parent%40example.com/?q=my+child#top' }));
    expect(storedEntries(store)).toMatchObject([{ page: '/search/[email]/' }]);
  });

  test('stores a vote', async () => {
    const { store, send } = setup();
    expect((await send(postJson(validVote))).status).toBe(200);
    expect(storedEntries(store)).toEqual([
      { form: 'useful', useful: 'no', page: '/progress/', receivedAt: '2026-02-03T04:05:06.007Z' },
    ]);
  });

  test('answers 400 with a message for each field, and stores nothing', async () => {
    const { store, send } = setup();
    const response = await send(
      postJson({ form: 'problem', message: ' ', reply: 'yes', email: 'nope', council: 'Poole' }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchInlineSnapshot(`
      {
        "errors": {
          "council": "Select which council your feedback is about",
          "email": "Enter an email address in the correct format, like name@example.com",
          "message": "Enter what you want to tell us",
        },
      }
    `);
    expect(store.entries.size).toBe(0);
  });

  test('answers 400 for JSON that does not parse', async () => {
    const { store, send } = setup();
    const response = await send(postJson('{"message": "unfinished'));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: { form: 'The feedback could not be read. Send it as a form or as JSON' },
    });
    expect(store.entries.size).toBe(0);
  });

  test('stores under the day it arrived, then the id the browser made for the submission', async () => {
    const { store, send } = setup();
    const id = newSubmissionId(now.getTime());
    expect((await send(postJson({ ...validProblem, id }))).status).toBe(200);
    expect([...store.entries.keys()]).toEqual([`2026-02-03/${id}`]);
  });

  test('stores a resend of the same submission once, and answers it as a success', async () => {
    const { store, send, logs } = setup();
    const id = newSubmissionId(now.getTime());
    expect((await send(postJson({ ...validProblem, id }))).status).toBe(200);
    expect((await send(postJson({ ...validProblem, id }))).status).toBe(200);
    expect(store.entries.size).toBe(1);
    expect(logs.map(({ event }) => event)).toEqual(['feedback.stored', 'feedback.already-stored']);
  });

  test('makes its own id when none, or one that is not a UUIDv7, is sent', async () => {
    const { store, send } = setup();
    await send(postJson(validProblem));
    await send(postJson({ ...validProblem, id: '../../etc/passwd' }));
    const keys = [...store.entries.keys()];
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).toMatch(/^2026-02-03\/[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });
});

describe('posts from other sites', () => {
  const crossSite: Array<Record<string, string>> = [
    { origin: 'https://evil.example' },
    { 'sec-fetch-site': 'cross-site' },
    { origin: 'null', 'sec-fetch-site': 'cross-site' },
    { origin: 'http://send.example' },
  ];

  test.each(crossSite)('get 403 and are not stored (%o)', async (headers) => {
    const { store, send } = setup();
    const json = await send(postJson(validProblem, headers));
    expect(json.status).toBe(403);
    expect(await json.json()).toEqual({ error: 'Feedback can only be sent from the pages of this website' });
    const form = await send(postForm({ ...validProblem }, headers));
    expect(form.status).toBe(403);
    expect(await form.text()).toContain('Your feedback was not sent');
    expect(store.entries.size).toBe(0);
  });

  const sameSite: Array<Record<string, string>> = [
    {},
    { origin: 'https://send.example', 'sec-fetch-site': 'same-origin' },
    { origin: 'null' },
    { 'sec-fetch-site': 'none' },
  ];

  test.each(sameSite)('are not what this site’s own pages, old browsers and scripts send (%o)', async (headers) => {
    const { store, send } = setup();
    expect((await send(postJson(validProblem, headers))).status).toBe(200);
    expect(store.entries.size).toBe(1);
  });
});

describe('the feedback endpoint, without JavaScript (forms)', () => {
  test('stores a valid report and answers 303 to a thank-you page that links back', async () => {
    const { store, send } = setup();
    const response = await send(postForm({ ...validProblem }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/feedback/thank-you/?page=%2Fstatement%2F');
    expect(store.entries.size).toBe(1);
  });

  test('after a "No" vote, the thank-you page asks what was wrong', async () => {
    const { send } = setup();
    const response = await send(postForm({ ...validVote }));
    expect(response.headers.get('location')).toBe('/feedback/thank-you/?page=%2Fprogress%2F&useful=no');
  });

  test('shows errors on a page with GOV.UK error summary, keeping everything typed', async () => {
    const { store, send } = setup();
    const typed = { ...validProblem, message: 'Line one\r\nLine "two" & <three>', email: 'not-an-email', council: '' };
    const response = await send(postForm(typed));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('<title>Error: Report a problem with this page - Test site</title>');
    expect(page).toContain('<h2 class="govuk-error-summary__title">There is a problem</h2>');
    expect(page).toContain(
      '<a href="#feedback-email">Enter an email address in the correct format, like name@example.com</a>',
    );
    expect(page).toContain('<a href="#feedback-council">Select which council your feedback is about</a>');
    expect(page).toContain(
      '<span class="govuk-visually-hidden">Error:</span> Select which council your feedback is about',
    );
    expect(page).toContain('Line one\r\nLine &quot;two&quot; &amp; &lt;three&gt;</textarea>');
    expect(page).toContain('value="not-an-email"');
    expect(page).toMatch(/id="feedback-reply" name="reply" type="radio" value="yes" checked/);
    expect(page).toContain('<header>Test site</header>');
    expect(store.entries.size).toBe(0);
  });

  test('error pages carry the site security headers, taken from the page whose layout they use', async () => {
    const { send } = setup();
    const response = await send(postForm({ ...validProblem, council: '' }));
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  test('never turns what was typed into markup', async () => {
    const { send } = setup();
    const markup = injectionPayloads.filter((payload) => /[<>"]/.test(payload));
    for (const payload of markup) {
      const response = await send(
        postForm({ ...validProblem, message: payload, email: payload, council: payload, page: `/x/${payload}` }),
      );
      const page = await response.text();
      expect(response.status).toBe(400);
      expect(page).not.toContain(payload);
      expect(page).not.toMatch(/<script>alert|<img src=x|<svg onload|<iframe srcdoc/);
    }
  });

  test('still renders a page, without the site layout, when the layout cannot be fetched', async () => {
    const store = memoryStore();
    const response = await handleFeedback(postForm({ ...validProblem, message: '' }), {
      store,
      log: () => undefined,
      loadShell: async () => null,
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('<html lang="en-GB"');
    expect(page).toContain('There is a problem');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('what the endpoint refuses', () => {
  test.each(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'])(
    'answers 405 to %s, saying POST is allowed',
    async (method) => {
      const { store, send } = setup();
      const response = await send(new Request(endpoint, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(store.entries.size).toBe(0);
    },
  );

  test.each([
    ['no content type', undefined],
    ['plain text', 'text/plain'],
    ['multipart form data', 'multipart/form-data; boundary=x'],
    ['XML', 'application/xml'],
    ['JSON in another character set', 'application/json; charset=iso-8859-1'],
  ])('answers 415 to %s', async (_, contentType) => {
    const { store, send } = setup();
    const headers = new Headers();
    if (contentType) headers.set('content-type', contentType);
    const response = await send(new Request(endpoint, { method: 'POST', headers, body: JSON.stringify(validProblem) }));
    expect(response.status).toBe(415);
    expect(response.headers.get('accept-post')).toBe('application/x-www-form-urlencoded, application/json');
    expect(store.entries.size).toBe(0);
  });

  test('accepts JSON with a UTF-8 charset', async () => {
    const { send } = setup();
    expect((await send(postJson(validProblem, { 'content-type': 'application/json; charset=UTF-8' }))).status).toBe(
      200,
    );
  });

  test('answers 413 when Content-Length says more than 16 KB, without reading it', async () => {
    const { store, send } = setup();
    const response = await send(postJson({ ...validProblem, message: 'a'.repeat(17_000) }));
    expect(response.status).toBe(413);
    expect(store.entries.size).toBe(0);
  });

  test('answers 413 when a body without Content-Length grows past 16 KB', async () => {
    const { store, send } = setup();
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new TextEncoder().encode('a'.repeat(4096)));
        if (pulls > 1000) controller.close();
      },
    });
    const request = new Request(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await send(request);
    expect(response.status).toBe(413);
    expect(pulls).toBeLessThan(10);
    expect(store.entries.size).toBe(0);
  });

  test('reads a body of exactly 16 KB', async () => {
    const { send } = setup();
    const padding = 16 * 1024 - JSON.stringify({ ...validProblem, pad: '' }).length;
    const response = await send(postJson({ ...validProblem, pad: 'x'.repeat(padding) }));
    expect(response.status).toBe(200);
  });

  test('a form that is too big gets a page saying how to go back and shorten it', async () => {
    const { send } = setup();
    const response = await send(postForm({ ...validProblem, message: 'a'.repeat(20_000) }));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('shorten it to 1,200 characters or less');
  });
});

describe('the spam trap', () => {
  test('quietly discards a filled-in trap: the same answer as success, nothing stored', async () => {
    const { store, send, logs } = setup();
    const form = await send(postForm({ ...validProblem, website: 'http://spam.example' }));
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/feedback/thank-you/?page=%2Fstatement%2F');
    const json = await send(postJson({ ...validProblem, website: 'buy now' }));
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ status: 'received' });
    expect(store.entries.size).toBe(0);
    expect(logs.map((log) => log.event)).toEqual(['feedback.discarded', 'feedback.discarded']);
  });

  test('discards even invalid submissions with the trap filled in', async () => {
    const { store, send } = setup();
    expect((await send(postJson({ website: 1 }))).status).toBe(200);
    expect(store.entries.size).toBe(0);
  });
});

describe('when the store fails', () => {
  test('JSON gets 503 with Retry-After, and nothing says it was sent', async () => {
    const { send } = setup({ failWrites: true });
    const response = await send(postJson(validProblem));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await response.json()).toEqual({
      error: 'Sorry, there is a problem with the service. Your feedback has not been sent. Try again later.',
    });
  });

  test('a form gets a page that says so and keeps what they typed', async () => {
    const { send } = setup({ failWrites: true });
    const response = await send(postForm({ ...validProblem }));
    expect(response.status).toBe(503);
    const page = await response.text();
    expect(page).toContain('Your feedback has not been sent');
    expect(page).toContain(`${validProblem.message}</textarea>`);
  });

  test('an unexpected failure is a 500 that does not blame them, logged without what was typed', async () => {
    const { send, logs } = setup();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('connection reset'));
      },
    });
    const response = await send(
      new Request(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: 'Sorry, there is a problem with the service. Your feedback has not been sent. Try again later.',
    });
    expect(logs).toEqual([{ event: 'feedback.unexpected-error', details: { error: 'TypeError' } }]);
  });

  test('an unexpected failure after reading a form keeps what they typed on a 500 page', async () => {
    const logs: string[] = [];
    const response = await handleFeedback(postForm({ ...validProblem }), {
      store: memoryStore(),
      now: () => {
        throw new RangeError('clock broke');
      },
      loadShell: async () => shell,
      log: (event) => logs.push(event),
    });
    expect(response.status).toBe(500);
    const page = await response.text();
    expect(page).toContain('Your feedback has not been sent');
    expect(page).toContain(`${validProblem.message}</textarea>`);
    expect(logs).toEqual(['feedback.unexpected-error']);
  });
});

describe('logging', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('never holds the feedback text, the email address or the page, whatever happens', async () => {
    const secretMessage = 'My daughter Matilda at Oakfield School';
    const secretEmail = 'matilda.parent@example.com';
    const console_ = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const lines: string[] = [];
    for (const method of console_)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    const submission = { ...validProblem, message: secretMessage, email: secretEmail, page: '/secret-page/' };
    const stores = [memoryStore(), memoryStore({ failWrites: true })];
    for (const store of stores) {
      const send = (request: Request) => handleFeedback(request, { store });
      await send(postJson(submission));
      await send(postForm(submission));
      await send(postJson({ ...submission, council: 'nowhere' }));
      await send(postForm({ ...submission, website: 'spam' }));
      await send(postJson({ ...submission, message: secretMessage.repeat(600) }));
    }
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain('Matilda');
      expect(line).not.toContain(secretEmail);
      expect(line).not.toContain('secret-page');
    }
  });
});
