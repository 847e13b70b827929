import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/args.ts';

describe('npm run bench options', () => {
  it('runs everything at 1,000 pages when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({
      pages: 1000,
      seed: 1,
      rounds: 2,
      resultsDir: 'bench-results',
      keep: false,
      only: undefined,
    });
  });

  it('reads --only build and --only search beside the other options', () => {
    expect(parseBenchArgs(['--only', 'build', '--pages', '300'])).toMatchObject({ only: 'build', pages: 300 });
    expect(parseBenchArgs(['--keep', '--only', 'search'])).toMatchObject({ only: 'search', keep: true });
    expect(parseBenchArgs(['--rounds', '4', '--only', 'build'])).toMatchObject({ rounds: 4, only: 'build' });
  });

  it('says what to write when --only names no part', () => {
    expect(() => parseBenchArgs(['--only', 'pages'])).toThrowErrorMatchingInlineSnapshot(
      `[BenchOptionError: --only needs build or search, but got "pages". For example: npm run bench -- --only build]`,
    );
    expect(() => parseBenchArgs(['--only'])).toThrow(/--only needs build or search, but got ""/);
  });

  it('says what to write when --pages or --rounds is not a whole number', () => {
    expect(() => parseBenchArgs(['--pages', 'many'])).toThrow(/--pages needs a whole number of at least 1/);
    expect(() => parseBenchArgs(['--rounds', '0'])).toThrow(/--rounds needs a whole number of at least 1/);
  });

  it('names the options it knows when given another', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/Unknown option "--fast".*--only build\|search/);
  });
});
