import { readFile } from 'node:fs/promises';
import { parse } from 'smol-toml';
import { compilePathPattern, type PathMatcher } from './path-pattern.ts';

/** A `[[headers]]` table: headers for every path that matches `for`. */
export interface HeaderRule {
  for: string;
  match: PathMatcher;
  values: Record<string, string>;
}

/** A `[[redirects]]` table. Rules with `conditions` or `query` are kept but never applied locally (see `applies`). */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
  match: PathMatcher;
  /** False for rules that depend on things the local server cannot know (country, language, role, query). */
  applies: boolean;
}

/** The parts of netlify.toml the local server follows. */
export interface NetlifyConfig {
  headers: HeaderRule[];
  redirects: RedirectRule[];
}

/** Raised when netlify.toml has a table the local server cannot read, naming the table and what is wrong. */
export class NetlifyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetlifyConfigError';
  }
}

const asTables = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : [];

/** Reads the headers and redirects from netlify.toml, the one place they are written down for Netlify and for `npm start`. */
export async function loadNetlifyConfig(file: string): Promise<NetlifyConfig> {
  const toml = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const headers = asTables(toml.headers).map((table, index): HeaderRule => {
    if (typeof table.for !== 'string')
      throw new NetlifyConfigError(`[[headers]] number ${index + 1} in ${file} needs a "for" path, such as for = "/*"`);
    const values = Object.fromEntries(
      Object.entries((table.values ?? {}) as Record<string, unknown>).map(([name, value]) => [
        name,
        String(value)
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      ]),
    );
    return { for: table.for, match: compilePathPattern(table.for), values };
  });
  const redirects = asTables(toml.redirects).map((table, index): RedirectRule => {
    if (typeof table.from !== 'string' || typeof table.to !== 'string') {
      throw new NetlifyConfigError(
        `[[redirects]] number ${index + 1} in ${file} needs "from" and "to" paths, such as from = "/old/" and to = "/new/"`,
      );
    }
    return {
      from: table.from,
      to: table.to,
      status: typeof table.status === 'number' ? table.status : 301,
      force: table.force === true,
      match: compilePathPattern(table.from),
      applies: table.conditions === undefined && table.query === undefined,
    };
  });
  return { headers, redirects };
}

/** The headers for a path: every matching rule in order, later rules overriding earlier ones, as `netlify dev` does. */
export function headersFor(config: NetlifyConfig, pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of config.headers) {
    if (rule.match(pathname)) Object.assign(result, rule.values);
  }
  return result;
}
