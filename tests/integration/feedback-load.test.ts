import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { newSubmissionId } from '../../src/lib/feedback/submission-id.ts';
import { isWrite, startFailingBlobs, type BlobsFault, type FailingBlobs } from '../support/failing-blobs.ts';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { storedFeedback } from '../support/stored-feedback.ts';
import { validProblem } from '../fixtures/feedback/submissions.ts';

const posts = 500;
const faultKinds: BlobsFault[] = [500, 429, 'reset', 'hang'];
let site: ServedSite;
let blobs: FailingBlobs | undefined;

beforeAll(async () => {
  site = await serveSite({
    distDir: path.resolve(import.meta.dirname, '../fixtures/feedback/site'),
    // 500 posts from one address: raise the function's one rate-limit setting for this test only.
    rateLimit: { windowLimit: posts * 2 },
    startBlobs: async (directory) => {
      // A random third of the writes fail, each in one of the ways a store fails.
      blobs = await startFailingBlobs(directory, (req) =>
        isWrite(req) && Math.random() < 1 / 3
          ? (faultKinds[Math.floor(Math.random() * faultKinds.length)] ?? 500)
          : null,
      );
      return blobs;
    },
  });
});
afterAll(() => site.close());

describe('the local server under load, with the store failing a random third of the writes', () => {
  test(`${posts} posts at once: each gets 2xx or 503, what is stored is exactly what got 2xx, and nothing twice`, async () => {
    const logged: string[] = [];
    const info = vi.spyOn(console, 'info').mockImplementation((line: unknown) => void logged.push(String(line)));
    const messages = Array.from({ length: posts }, (_, index) => `Load test submission number ${index}`);
    const responses = await Promise.all(
      messages.map(async (message, index) => {
        const response = await fetch(site.at('/api/feedback'), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({
            ...validProblem,
            message,
            reply: index % 2 === 0 ? 'yes' : 'no',
            id: newSubmissionId(),
          }),
        });
        await response.arrayBuffer();
        return { message, status: response.status };
      }),
    );
    info.mockRestore();
    expect(blobs?.faults).toBeGreaterThan(posts / 10);
    const statuses = responses.map(({ status }) => status);
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);

    const stored = await storedFeedback();
    const storedMessages = stored.map(({ entry }) => (entry.form === 'problem' ? entry.message : ''));
    const accepted = responses.filter(({ status }) => status === 200).map(({ message }) => message);
    expect(stored).toHaveLength(accepted.length);
    expect(new Set(storedMessages).size).toBe(storedMessages.length);
    expect(storedMessages.sort()).toEqual(accepted.sort());
    expect(logged.filter((line) => line.includes('"feedback.stored"'))).toHaveLength(accepted.length);
    expect(logged.some((line) => line.includes('Load test submission'))).toBe(false);
    console.log(
      `${posts} posts: ${accepted.length} stored (200), ${posts - accepted.length} refused (503); ${blobs?.faults} store requests failed on purpose`,
    );
  });
});
