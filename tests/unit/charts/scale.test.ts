import { describe, expect, it } from 'vitest';
import { linearScale, niceStep, niceTicks } from '../../../src/lib/charts/scale.ts';

describe('linear scale', () => {
  it('maps the ends of the domain to the ends of the range', () => {
    const y = linearScale([0, 100], [250, 50]);
    expect(y(0)).toBe(250);
    expect(y(100)).toBe(50);
  });

  it('keeps equal differences in value as equal distances', () => {
    const y = linearScale([0, 100], [250, 50]);
    expect(y(20) - y(40)).toBeCloseTo(y(60) - y(80));
    expect(y(50)).toBe(150);
  });

  it('puts everything at the start of the range when the domain is flat, instead of dividing by zero', () => {
    expect(linearScale([0, 0], [250, 50])(0)).toBe(250);
  });
});

describe('nice ticks', () => {
  it('uses steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(91, 5)).toBe(20);
    expect(niceStep(3.4, 5)).toBe(1);
    expect(niceStep(4333, 5)).toBe(1000);
    expect(niceStep(638_745, 5)).toBe(200_000);
    expect(niceStep(0.3, 5)).toBe(0.1);
  });

  it('starts at zero and ends at the first step at or above the largest value', () => {
    expect(niceTicks(91)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(32.6)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(4333)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(niceTicks(638_745)).toEqual([0, 200_000, 400_000, 600_000, 800_000]);
  });

  it('never passes 100 on a percentage axis', () => {
    expect(niceTicks(100, 5, 100).at(-1)).toBe(100);
    expect(niceTicks(99.9, 3, 100).at(-1)).toBe(100);
  });

  it('gives labels without floating-point noise', () => {
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('still draws an axis when every value is zero', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
