import { afterAll, describe, expect, test } from 'vitest';
import { handleFeedback } from '../../../src/lib/feedback/handler.ts';
import type { Shell } from '../../../src/lib/feedback/shell.ts';
import { formBody, injectionPayloads, validProblem, validVote } from '../../fixtures/feedback/submissions.ts';
import { memoryStore } from './memory-store.ts';

// A seeded generator (mulberry32), so every run sends the same inputs and a failure can be replayed.
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

const random = generator(20_260_101);
const endpoint = 'https://send.example/api/feedback';
const jsonType = 'application/json';
const formType = 'application/x-www-form-urlencoded';
const accepts = ['application/json', 'text/html,application/xhtml+xml,*/*;q=0.8', '*/*'];

interface Case {
  category: string;
  request: Request;
  /** Text that must never come back as it was, because it is markup. */
  markup?: string;
}

const post = (body: BodyInit | null, contentType: string | null, accept = random.pick(accepts)): Request => {
  const headers = new Headers({ accept });
  if (contentType) headers.set('content-type', contentType);
  return new Request(endpoint, { method: 'POST', headers, body });
};

/** The same fields as JSON or as a form, at random. Forms can only carry strings. */
const asJsonOrForm = (fields: Record<string, unknown>): Request =>
  random.next() < 0.5 || Object.values(fields).some((value) => typeof value !== 'string')
    ? post(JSON.stringify(fields), jsonType)
    : post(formBody(fields as Record<string, string>), formType);

const randomBytes = (): Case => {
  const bytes = new Uint8Array(random.int(4096));
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = random.int(256);
  const type = random.pick([
    jsonType,
    formType,
    `${formType}; charset=utf-8`,
    'application/octet-stream',
    null,
    'text/plain',
  ]);
  return { category: 'random bytes', request: post(bytes, type) };
};

const hugeFields = (): Case => {
  const field = random.pick(['message', 'email', 'council', 'reply', 'useful'] as const);
  const huge = random.pick(['a', 'é', '😀', '<b>', '\n', '%']).repeat(1201 + random.int(60_000));
  const base =
    field === 'useful' ? { ...validVote } : { ...validProblem, reply: field === 'reply' ? 'yes' : validProblem.reply };
  return { category: 'huge fields', request: asJsonOrForm({ ...base, [field]: huge }) };
};

const wrongValues: readonly unknown[] = [
  0,
  42,
  -1.5,
  true,
  false,
  null,
  [],
  ['BCP Council'],
  {},
  { text: 'hi' },
  [[[['deep']]]],
  1e309,
];
const wrongTypes = (): Case => {
  if (random.next() < 0.15) {
    return {
      category: 'wrong types',
      request: post(JSON.stringify(random.pick([[], [validProblem], 'feedback', 123, null, true, 0])), jsonType),
    };
  }
  const vote = random.next() < 0.25;
  const field = vote
    ? random.pick(['useful', 'form'] as const)
    : random.pick(['message', 'reply', 'email', 'council', 'form'] as const);
  const base = vote ? { ...validVote } : { ...validProblem };
  return {
    category: 'wrong types',
    request: post(JSON.stringify({ ...base, [field]: random.pick(wrongValues) }), jsonType),
  };
};

const invisible = [
  ' ',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u2029',
  '\t',
  '\n',
  '\r\n',
  '\u00ad',
  '\u202e',
];
const oddUnicode = (): Case => {
  const kind = random.int(4);
  // A message in any script is fine; each case breaks one other field with odd Unicode.
  const message = random.pick([
    'Mae’r ddolen wedi torri 🙂',
    'متن به فارسی',
    'e\u0301\u0301\u0301 zalgo',
    '𝕿𝖊𝖘𝖙',
    validProblem.message,
  ]);
  if (kind === 0) {
    const blank = Array.from({ length: 1 + random.int(40) }, () => random.pick(invisible)).join('');
    return { category: 'odd unicode', request: asJsonOrForm({ ...validProblem, message: blank }) };
  }
  if (kind === 1) {
    const council = random.pick([
      'ВСР Council',
      'BCP Council\u200b',
      'BCP\u00a0Council',
      'bcp council',
      'ＢＣＰ Council',
      'Dorset Council\u0000',
      '\ud800',
      'Dorset\u202eCouncil',
    ]);
    return { category: 'odd unicode', request: asJsonOrForm({ ...validProblem, message, council }) };
  }
  if (kind === 2) {
    const reply = random.pick(['ｙｅｓ', 'Yes', 'yes\u0000', 'y\u0065\u0301s', '\ufeffyes', 'yes ', 'да']);
    return { category: 'odd unicode', request: asJsonOrForm({ ...validProblem, message, reply }) };
  }
  const email = random.pick([
    'pärent@exämple.com',
    'parent\u202e@example.com',
    'parent@example.com\u0000',
    'parent＠example.com',
    '\ud83dparent@example.com',
    'parent@@example.com',
  ]);
  return { category: 'odd unicode', request: asJsonOrForm({ ...validProblem, message, reply: 'yes', email }) };
};

const injection = (): Case => {
  const payload = random.pick(injectionPayloads);
  const field = random.pick(['council', 'reply', 'useful', 'form', 'email', 'message'] as const);
  const fields =
    field === 'message'
      ? { ...validProblem, message: payload, council: '' } // a message can hold anything; the missing council makes it invalid
      : field === 'useful'
        ? { ...validVote, useful: payload, page: `/x/${payload}` }
        : { ...validProblem, reply: 'yes', [field]: payload, page: `/x/${payload}` };
  return {
    category: 'HTML and script injection',
    request: asJsonOrForm(fields),
    markup: /[<>"]/.test(payload) ? payload : undefined,
  };
};

const brokenJson = (): Case => {
  const valid = JSON.stringify(validProblem);
  const depth = 1 + random.int(100_000);
  const body = random.pick([
    () => valid.slice(0, random.int(valid.length - 1)),
    () => valid.replace(/}$/, ',}'),
    () => valid.replaceAll('"', "'"),
    () => valid.replace(/"(\w+)":/g, '$1:'),
    () => valid.replace('"yes"', 'NaN'),
    () => `// comment\n${valid}`,
    () => `${valid}}`,
    () => `${valid}${valid}`,
    () => '['.repeat(depth),
    () => `${'{"a":'.repeat(depth)}1`,
    () => '',
    () => '\ufeff\ufeff{',
    () => '{"message":"\\ud800\\u',
  ])();
  return { category: 'broken JSON', request: post(body, jsonType) };
};

const missingFields = (): Case => {
  if (random.next() < 0.2) {
    const { useful: _, ...vote } = validVote;
    return { category: 'missing fields', request: asJsonOrForm(vote) };
  }
  const required = ['message', 'reply', 'council', 'email'] as const;
  const missing = required.filter(() => random.next() < 0.5);
  if (missing.length === 0) missing.push(random.pick(required));
  const fields: Record<string, string> = { ...validProblem, reply: 'yes' };
  for (const field of missing) delete fields[field];
  return { category: 'missing fields', request: asJsonOrForm(fields) };
};

const wrongRequests = (): Case => {
  const kind = random.int(3);
  if (kind === 0) {
    const method = random.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
    const hasBody = method !== 'GET' && method !== 'HEAD';
    return {
      category: 'wrong method, type or size',
      request: new Request(endpoint, {
        method,
        headers: { 'content-type': jsonType },
        body: hasBody ? JSON.stringify(validProblem) : null,
      }),
    };
  }
  if (kind === 1) {
    const type = random.pick([
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/json; charset=utf-16',
      'text/html',
      'application/jsonp',
      'application/x-www-form-urlencoded; charset=shift_jis',
    ]);
    return { category: 'wrong method, type or size', request: post(JSON.stringify(validProblem), type) };
  }
  const padded = { ...validProblem, padding: 'x'.repeat(16 * 1024 + random.int(100_000)) };
  return { category: 'wrong method, type or size', request: asJsonOrForm(padded) };
};

const generators = [
  randomBytes,
  hugeFields,
  wrongTypes,
  oddUnicode,
  injection,
  brokenJson,
  missingFields,
  wrongRequests,
];
const perGenerator = 150;
const cases: Case[] = generators.flatMap((generate) => Array.from({ length: perGenerator }, generate));

const shell: Shell = {
  html: '<!doctype html><html lang="en-GB"><head><title>Give feedback - Test</title></head><body><main><template data-app-shell="start"></template><template data-app-shell="end"></template></main></body></html>',
  headers: new Headers({ 'content-security-policy': "default-src 'self'" }),
};
const statusCounts = new Map<number, number>();
const categoryCounts = new Map<string, number>();

afterAll(() => {
  const byStatus = [...statusCounts]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const byCategory = [...categoryCounts].map(([category, count]) => `${category}: ${count}`).join(', ');
  console.info(`Fuzzed the feedback handler with ${cases.length} bad inputs (${byCategory}). Answers: ${byStatus}.`);
});

describe('the feedback endpoint, fuzzed', () => {
  test(`has at least 1,000 bad inputs to send`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000);
  });

  test('answers every bad input with a 4xx, never a 5xx, and stores none of them', async () => {
    const store = memoryStore();
    const failures: string[] = [];
    for (const [index, { category, request, markup }] of cases.entries()) {
      const response = await handleFeedback(request, { store, loadShell: async () => shell, log: () => undefined });
      const body = await response.text();
      statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
      categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
      if (response.status < 400 || response.status > 499)
        failures.push(`case ${index} (${category}): ${response.status}`);
      if (markup && body.includes(markup)) failures.push(`case ${index} (${category}): echoed ${markup}`);
    }
    expect(failures).toEqual([]);
    expect(store.entries.size).toBe(0);
  });
});
