import { describe, expect, it } from 'vitest';
import { measureProcess, peakTogether } from '../../bench/measure-process.ts';

const mib = 1024 * 1024;
/** A Node process that holds `megabytes` of touched memory for `ms`, then exits. */
const holding = (megabytes: number, ms: number) =>
  measureProcess(
    process.execPath,
    ['-e', `const b = Buffer.alloc(${megabytes} * 1024 * 1024, 1); setTimeout(() => b.length, ${ms});`],
    { cwd: process.cwd(), env: process.env, sampleMs: 50 },
  );

describe('the memory of commands measured side by side', () => {
  it('adds up the processes that hold memory at the same time', async () => {
    const { result, peakRssBytes } = await peakTogether(
      () => Promise.all([holding(200, 1500), holding(200, 1500)]),
      50,
    );
    for (const cost of result) expect(cost.peakTreeRssBytes).toBeGreaterThan(200 * mib);
    expect(peakRssBytes).toBeGreaterThan(400 * mib);
  });

  it('does not add peaks that fall at different times', async () => {
    const { result, peakRssBytes } = await peakTogether(async () => [
      await holding(300, 1000),
      await holding(300, 1000),
    ]);
    const [first, second] = result;
    expect(first?.peakTreeRssBytes).toBeGreaterThan(300 * mib);
    expect(second?.peakTreeRssBytes).toBeGreaterThan(300 * mib);
    // One process's 300 MB and Node itself, never both processes' 600 MB.
    expect(peakRssBytes).toBeGreaterThan(300 * mib);
    expect(peakRssBytes).toBeLessThan(500 * mib);
  });
});
