import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rateLimitOf, type RateLimitRule } from './rate-limit.ts';

/** A Netlify Function (v2): a web Request in, a Response out. */
export type FunctionHandler = (request: Request) => Response | Promise<Response>;

/** A function reachable at one or more paths. Scheduled functions have no path and are not listed. */
export interface FunctionRoute {
  name: string;
  paths: string[];
  handler: FunctionHandler;
  /** Its `config.rateLimit`, which Netlify enforces and so does `npm start`. */
  rateLimit: RateLimitRule | null;
}

/** Raised when a file in the functions folder is not a function Netlify could run. */
export class FunctionModuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionModuleError';
  }
}

const isFunctionFile = (name: string) => /\.(?:m?ts|m?js)$/.test(name) && !/\.d\.ts$|\.test\./.test(name);

/**
 * Loads every function in `directory` that has `config.path`, as Netlify would route them: the same
 * modules Netlify deploys, run in this process.
 */
export async function loadFunctionRoutes(directory: string): Promise<FunctionRoute[]> {
  const routes: FunctionRoute[] = [];
  for (const file of (await readdir(directory)).filter(isFunctionFile).sort()) {
    const module = (await import(pathToFileURL(join(directory, file)).href)) as {
      default?: unknown;
      config?: { path?: unknown };
    };
    if (typeof module.default !== 'function') {
      throw new FunctionModuleError(
        `${file} in ${directory} has no default export: export default async (request: Request) => new Response(...)`,
      );
    }
    const path = module.config?.path;
    if (path === undefined) continue;
    const paths = (Array.isArray(path) ? path : [path]).filter((item): item is string => typeof item === 'string');
    routes.push({
      name: file.replace(/\.[^.]+$/, ''),
      paths,
      handler: module.default as FunctionHandler,
      rateLimit: rateLimitOf(module.config),
    });
  }
  return routes;
}

/** The function for a path: config paths are matched exactly, which is all this site uses. */
export function findFunction<T extends FunctionRoute>(routes: readonly T[], pathname: string): T | undefined {
  return routes.find((route) => route.paths.includes(pathname));
}
