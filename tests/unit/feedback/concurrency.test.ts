import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { timeFromFeedbackKey } from '../../../src/lib/feedback/key.ts';
import { serveSite, type ServedSite } from '../../support/serve.ts';
import { storedFeedback } from '../../support/stored-feedback.ts';
import { validProblem } from '../../fixtures/feedback/submissions.ts';

const submissions = 200;
let site: ServedSite;

beforeAll(async () => {
  site = await serveSite({ distDir: path.resolve(import.meta.dirname, '../../fixtures/feedback/site') });
});
afterAll(() => site.close());

describe('the local server under load', () => {
  test(`stores exactly ${submissions} distinct entries for ${submissions} submissions sent at once`, async () => {
    const logged: string[] = [];
    const info = vi.spyOn(console, 'info').mockImplementation((line: unknown) => void logged.push(String(line)));
    const messages = Array.from({ length: submissions }, (_, index) => `Concurrent submission number ${index}`);
    const responses = await Promise.all(
      messages.map((message, index) =>
        fetch(site.at('/api/feedback'), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ ...validProblem, message, reply: index % 2 === 0 ? 'yes' : 'no' }),
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(messages.map(() => 200));
    info.mockRestore();
    expect(logged.filter((line) => line.includes('feedback.stored'))).toHaveLength(submissions);
    expect(logged.some((line) => line.includes('Concurrent submission'))).toBe(false);

    const stored = await storedFeedback();
    expect(stored).toHaveLength(submissions);
    expect(new Set(stored.map(({ key }) => key)).size).toBe(submissions);
    expect(stored.every(({ key }) => !key.includes(':') && timeFromFeedbackKey(key) !== null)).toBe(true);
    expect(stored.map(({ entry }) => (entry.form === 'problem' ? entry.message : '')).sort()).toEqual(
      [...messages].sort(),
    );
    console.info(
      `Sent ${submissions} submissions at once to the local server: ${responses.length} answered 200, ${stored.length} entries stored under ${new Set(stored.map(({ key }) => key)).size} distinct keys.`,
    );
  });
});
