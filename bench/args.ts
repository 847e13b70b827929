/** What `npm run bench -- …` was asked to do. */
export interface BenchOptions {
  /** Generated pages to add to the real content (--pages, default 1,000). */
  pages: number;
  /** Seed for the generated text (--seed, default 1): the same seed writes the same pages. */
  seed: number;
  /** Where results go (--results, default bench-results/). */
  resultsDir: string;
  /** Keep the temporary content and build for a look afterwards (--keep). */
  keep: boolean;
}

/** A command-line option with a wrong value: says which and what to write instead. */
export class BenchOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchOptionError';
  }
}

function wholeNumber(name: string, value: string | undefined, minimum: number): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < minimum) {
    throw new BenchOptionError(
      `--${name} needs a whole number of at least ${minimum}, but got ${JSON.stringify(value ?? '')}. For example: npm run bench -- --${name} 1000`,
    );
  }
  return number;
}

/** Reads `--pages 5000`, `--seed 7`, `--results folder` and `--keep`. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { pages: 1000, seed: 1, resultsDir: 'bench-results', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--pages') options.pages = wholeNumber('pages', argv[++i], 1);
    else if (arg === '--seed') options.seed = wholeNumber('seed', argv[++i], 0);
    else if (arg === '--results') options.resultsDir = argv[++i] ?? options.resultsDir;
    else if (arg === '--keep') options.keep = true;
    else
      throw new BenchOptionError(
        `Unknown option ${JSON.stringify(arg)}. Use --pages <number>, --seed <number>, --results <folder> or --keep.`,
      );
  }
  return options;
}
