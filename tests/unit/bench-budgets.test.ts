import { describe, expect, it } from 'vitest';
import { baselineBudget, contentChecksBudget, searchBudgets } from '../../bench/budgets.ts';

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

describe('every content check from an empty cache', () => {
  it('passes within 5 s at 1,000 pages and fails over it, on the median of the clean runs', () => {
    expect(contentChecksBudget(1000, [4200, 5400, 4900]).pass).toBe(true);
    expect(contentChecksBudget(1000, [5100, 4800, 7900]).pass).toBe(false);
    expect(contentChecksBudget(1000, [5100, 4800, 7900]).detail).toBe(
      '5.1 s (median of 5.1 s, 4.8 s, 7.9 s) at 1,000 pages',
    );
  });

  it('cannot tell at another page count, or with no run', () => {
    expect(contentChecksBudget(5000, [30_000]).pass).toBeNull();
    expect(contentChecksBudget(5000, [30_000]).detail).toContain('the budget is for 1,000');
    expect(contentChecksBudget(1000, []).pass).toBeNull();
  });
});

describe('the search targets', () => {
  const search = (kind: string, firstResultMs: number, requests: number, query = 'EHCP', question = false) => ({
    query,
    kind,
    firstResultMs,
    requests,
    bytes: 100 * 1024,
    question,
  });
  const verdicts = (costs: Parameters<typeof searchBudgets>[0]) =>
    Object.fromEntries(searchBudgets(costs).map((budget) => [budget.name.split(':')[0], budget.pass]));

  it('holds searches typed at a phone’s pace to 1.2 s cold, 300 ms new and 12 requests', () => {
    const quick = [
      search('cold', 900, 6),
      search('again', 500, 1),
      search('new search', 250, 4),
      search('cold', 1100, 6, 'how many children have an EHC plan in Dorset', true),
    ];
    expect(Object.values(verdicts(quick)).filter((pass) => pass !== null)).toEqual([true, true, true, true]);
    const slow = verdicts([...quick, search('cold', 1250, 13, 'how long is an assessment', true)]);
    expect(slow["Search from a content page, cold, on Slow 4G, typed at a phone's pace"]).toBe(false);
    expect(slow["At most 12 requests per search typed at a phone's pace, Enter to a quiet network"]).toBe(false);
    expect(slow["A question, cold on Slow 4G at a phone's pace"]).toBe(false);
    expect(
      verdicts([...quick, search('new search', 301, 4)])[
        "A new search typed on the search page at a phone's pace, fast link"
      ],
    ).toBe(false);
  });

  it('shows a pasted query’s figures without holding it to the targets', () => {
    const budgets = searchBudgets([
      search('cold', 900, 6),
      search('cold, typed at once', 2500, 15),
      search('new search', 250, 4),
      search('new search, typed at once', 600, 7),
    ]);
    expect(budgets.filter((budget) => budget.pass === false)).toEqual([]);
    const shown = budgets.filter((budget) => budget.name.startsWith('Shown, not a budget'));
    expect(shown.map((budget) => budget.detail)).toEqual([
      'slowest 2500 ms ("EHCP", 100.0 KiB), most 15 requests ("EHCP")',
      'slowest 600 ms ("EHCP", 100.0 KiB), most 7 requests ("EHCP")',
    ]);
  });
});
