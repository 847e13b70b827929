/** Which part of the benchmark to run (--only): all of it when not given. */
export type BenchPart = 'build' | 'search';

/** What `npm run bench -- …` was asked to do. */
export interface BenchOptions {
  /** Generated pages to add to the real content (--pages, default 1,000). */
  pages: number;
  /** Seed for the generated text (--seed, default 1): the same seed writes the same pages. */
  seed: number;
  /** Where results go (--results, default bench-results/). */
  resultsDir: string;
  /**
   * Clean builds of each, alternating (--rounds, default 2, which keeps a 1,000-page run within minutes):
   * more give a steadier ratio on a noisy machine.
   */
  rounds: number;
  /** Keep the temporary content and build for a look afterwards (--keep). */
  keep: boolean;
  /**
   * One part only (--only build | search): `build` runs the alternating clean builds, the ratio
   * to the baseline and the page measures; `search` builds the site once and measures search.
   * Undefined runs everything, feedback figures included.
   */
  only: BenchPart | undefined;
}

/** A command-line option with a wrong value: says which and what to write instead. */
export class BenchOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchOptionError';
  }
}

const parts: readonly BenchPart[] = ['build', 'search'];

function wholeNumber(name: string, value: string | undefined, minimum: number): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < minimum) {
    throw new BenchOptionError(
      `--${name} needs a whole number of at least ${minimum}, but got ${JSON.stringify(value ?? '')}. For example: npm run bench -- --${name} 1000`,
    );
  }
  return number;
}

function part(value: string | undefined): BenchPart {
  const found = parts.find((name) => name === value);
  if (!found)
    throw new BenchOptionError(
      `--only needs build or search, but got ${JSON.stringify(value ?? '')}. For example: npm run bench -- --only build`,
    );
  return found;
}

/** Reads `--pages 5000`, `--seed 7`, `--rounds 4`, `--results folder`, `--keep` and `--only build|search`. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    pages: 1000,
    seed: 1,
    rounds: 2,
    resultsDir: 'bench-results',
    keep: false,
    only: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--pages') options.pages = wholeNumber('pages', argv[++i], 1);
    else if (arg === '--seed') options.seed = wholeNumber('seed', argv[++i], 0);
    else if (arg === '--rounds') options.rounds = wholeNumber('rounds', argv[++i], 1);
    else if (arg === '--results') options.resultsDir = argv[++i] ?? options.resultsDir;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--only') options.only = part(argv[++i]);
    else
      throw new BenchOptionError(
        `Unknown option ${JSON.stringify(arg)}. Use --pages <number>, --seed <number>, --rounds <number>, --results <folder>, --keep or --only build|search.`,
      );
  }
  return options;
}
