import { describe, expect, it } from 'vitest';
import { baselineBudget } from '../../bench/budgets.ts';

describe('the build time against the bare baseline', () => {
  it('compares each round with its own baseline build and takes the median of the ratios', () => {
    // Round 1 ran on a busy machine (both slow), round 2 on a quiet one: 2× each time.
    const result = baselineBudget([40_000, 20_000], [20_000, 10_000]);
    expect(result.detail).toMatch(/^2\.00× \(rounds 2\.00×, 2\.00×;/);
    expect(result.pass).toBe(false);
  });

  it('takes the mean of the two middle ratios for an even number of rounds', () => {
    expect(baselineBudget([12_000, 14_000], [10_000, 10_000]).detail).toMatch(/^1\.30×/);
    expect(baselineBudget([12_000, 14_000], [10_000, 10_000]).pass).toBe(true);
  });

  it('takes the middle ratio for an odd number of rounds', () => {
    expect(baselineBudget([10_000, 30_000, 12_000], [10_000, 10_000, 10_000]).detail).toMatch(/^1\.20×/);
  });
});
