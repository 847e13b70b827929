import { describe, expect, test } from 'vitest';
import { dayOfFeedbackKey, feedbackKey, isFeedbackDay } from '../../../src/lib/feedback/key.ts';
import { isSubmissionId, newSubmissionId } from '../../../src/lib/feedback/submission-id.ts';

describe('submission ids', () => {
  test('are UUIDv7: version 7, RFC variant, the time in the first 48 bits', () => {
    const id = newSubmissionId(Date.UTC(2026, 2, 4, 5, 6, 7, 89));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(Date.UTC(2026, 2, 4, 5, 6, 7, 89));
    expect(isSubmissionId(id)).toBe(true);
  });

  test('sort in the order they were made', () => {
    expect(newSubmissionId(1000) < newSubmissionId(1001)).toBe(true);
  });

  test('never repeat, even in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newSubmissionId(5)));
    expect(ids.size).toBe(10_000);
  });

  test('are refused in any other form', () => {
    for (const value of ['', crypto.randomUUID(), newSubmissionId().toUpperCase(), `${newSubmissionId()}x`, 42, null]) {
      expect(isSubmissionId(value)).toBe(false);
    }
  });
});

describe('store keys', () => {
  const time = new Date('2026-03-04T23:59:59.999Z');
  const id = newSubmissionId();

  test('are the day it arrived, then the submission id, with no colon', () => {
    expect(feedbackKey(time, id)).toBe(`2026-03-04/${id}`);
  });

  test('are the same for a resend of the same submission', () => {
    expect(feedbackKey(new Date('2026-03-04T00:00:00Z'), id)).toBe(feedbackKey(time, id));
  });

  test('refuse an id that is not a UUIDv7', () => {
    expect(() => feedbackKey(time, '../../etc/passwd')).toThrow(TypeError);
  });

  test('give back their day, for new keys and the keys stored before submission ids', () => {
    expect(dayOfFeedbackKey(feedbackKey(time, id))).toBe('2026-03-04');
    expect(dayOfFeedbackKey('2026-01-05T101112.123Z-0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('2026-01-05');
  });

  test('are told apart from keys that are not ours', () => {
    expect(dayOfFeedbackKey('notes.txt')).toBe(null);
    expect(dayOfFeedbackKey(`2026-13-45/${id}`)).toBe(null);
    expect(dayOfFeedbackKey(`2026-01-05/${crypto.randomUUID()}`)).toBe(null);
    expect(dayOfFeedbackKey('2026-01-05/.a1b2c3')).toBe(null);
    expect(isFeedbackDay('2026-02-30')).toBe(false);
  });
});
