import { describe, expect, it } from 'vitest';
import { formatUkDate, isoDay, lastChanged, listDates, parseIsoDay, todayUtc } from '../../src/lib/dates.ts';

describe('UK dates', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatUkDate(new Date('2021-12-27T00:00:00Z'))).toBe('27 December 2021');
  });

  it('does not shift the day for UK summer time', () => {
    expect(formatUkDate(new Date('2019-04-01T00:00:00Z'))).toBe('1 April 2019');
  });

  it('gives the machine-readable day for <time datetime>', () => {
    expect(isoDay(new Date('2017-01-23T00:00:00Z'))).toBe('2017-01-23');
  });

  it('takes the update date as last changed when it is later', () => {
    const published = new Date('2026-01-01T00:00:00Z');
    const updated = new Date('2026-02-01T00:00:00Z');
    expect(lastChanged({ published, updated })).toBe(updated);
    expect(lastChanged({ published })).toBe(published);
  });
});

describe('dates of a list page', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('are the oldest publish date and the newest change', () => {
    expect(
      listDates([
        { published: day('2026-01-01') },
        { published: day('2026-03-01'), updated: day('2026-06-01') },
        { published: day('2026-04-01') },
      ]),
    ).toEqual({
      published: day('2026-01-01'),
      updated: day('2026-06-01'),
    });
  });

  it('are absent for an empty list', () => {
    expect(listDates([])).toBeUndefined();
  });
});

describe('reading a YYYY-MM-DD day', () => {
  it('gives midnight UTC on that day', () => {
    expect(parseIsoDay('2026-01-31')?.toISOString()).toBe('2026-01-31T00:00:00.000Z');
  });

  it.each(['31 January 2026', '2026-1-31', '2026-13-01', '2026-01-31T10:00', ''])('refuses "%s"', (value) => {
    expect(parseIsoDay(value)).toBeUndefined();
  });

  it('takes today as midnight UTC, whatever the time', () => {
    expect(todayUtc(new Date('2026-11-25T23:59:00Z')).toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });
});
