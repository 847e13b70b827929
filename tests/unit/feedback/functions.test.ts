import { describe, expect, test } from 'vitest';
import { feedbackEndpoint } from '../../../src/lib/feedback/render-forms.ts';
import { thankYouPath } from '../../../src/lib/feedback/thank-you.ts';
import * as feedback from '../../../src/functions/feedback.ts';
import * as purge from '../../../src/functions/feedback-purge.ts';
import * as thankYou from '../../../src/functions/feedback-thank-you.ts';

describe('the Netlify Functions', () => {
  test('the endpoint is at the address the forms post to, with a rate limit per visitor', () => {
    expect(feedback.config.path).toBe(feedbackEndpoint);
    expect(feedback.config.rateLimit).toEqual({ windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] });
  });

  test('the thank-you page is at the address the endpoint redirects to', () => {
    expect(thankYou.config.path).toBe(thankYouPath);
  });

  test('the purge runs daily and has no address', () => {
    expect(purge.config).toEqual({ schedule: '@daily' });
  });

  test('the endpoint answers 503, not a crash, when Netlify Blobs is not set up', async () => {
    const saved = process.env.NETLIFY_BLOBS_CONTEXT;
    delete process.env.NETLIFY_BLOBS_CONTEXT;
    try {
      const response = await feedback.default(
        new Request('https://send.example/api/feedback', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ useful: 'yes', page: '/' }),
        }),
      );
      expect(response.status).toBe(503);
    } finally {
      if (saved !== undefined) process.env.NETLIFY_BLOBS_CONTEXT = saved;
    }
  });
});
