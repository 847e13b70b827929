import { describe, expect, test } from 'vitest';
import { newFeedbackKey, timeFromFeedbackKey } from '../../../src/lib/feedback/key.ts';

describe('store keys', () => {
  const time = new Date('2026-03-04T05:06:07.089Z');

  test('start with the time, have no colon and end with a random UUID', () => {
    expect(newFeedbackKey(time)).toMatch(
      /^2026-03-04T050607\.089Z-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  test('never repeat, even for the same millisecond', () => {
    const keys = new Set(Array.from({ length: 10_000 }, () => newFeedbackKey(time)));
    expect(keys.size).toBe(10_000);
  });

  test('give back the time they were made for', () => {
    expect(timeFromFeedbackKey(newFeedbackKey(time))).toEqual(time);
  });

  test('are told apart from keys that are not ours', () => {
    expect(timeFromFeedbackKey('notes.txt')).toBe(null);
    expect(timeFromFeedbackKey('2026-13-45T999999.000Z-00000000-0000-0000-0000-000000000000')).toBe(null);
  });
});
