import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { startLocalBlobs } from './blobs.ts';
import { contentTypeFor } from './content-types.ts';
import { findFunction, loadFunctionRoutes, type FunctionRoute } from './functions.ts';
import { headersFor, loadNetlifyConfig, type NetlifyConfig } from './netlify-config.ts';
import { fillPathPattern } from './path-pattern.ts';
import { resolveStatic } from './static-files.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/** Where and what the local server serves. Every path is relative to the project unless absolute. */
export interface ServerOptions {
  /** 0 picks a free port, which tests use. */
  port?: number;
  host?: string;
  /** The built site. */
  distDir?: string;
  /** Local data: feedback goes under `<dataDir>/blobs`. */
  dataDir?: string;
  configFile?: string;
  functionsDir?: string;
  /** Called with one line per request (method, path without query string, status). */
  log?: (line: string) => void;
}

/** A running local server. */
export interface RunningServer {
  /** Its address, ending in "/". */
  url: string;
  close(): Promise<void>;
}

// Netlify's own default for files without a Cache-Control rule: always revalidate.
const defaultCacheControl = 'public, max-age=0, must-revalidate';

interface Site {
  root: string;
  config: NetlifyConfig;
  routes: FunctionRoute[];
  origin: string;
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string | null,
  method: string,
): void {
  res.writeHead(status, headers);
  res.end(method === 'HEAD' ? undefined : (body ?? undefined));
}

async function serveFile(
  site: Site,
  res: ServerResponse,
  method: string,
  requestPath: string,
  file: string,
  status = 200,
): Promise<void> {
  const headers: Record<string, string> = {
    'content-type': contentTypeFor(file),
    ...headersFor(site.config, requestPath),
  };
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'cache-control'))
    headers['cache-control'] = defaultCacheControl;
  send(res, status, headers, await readFile(file), method);
}

async function serveNotFound(site: Site, res: ServerResponse, method: string, requestPath: string): Promise<void> {
  const page = join(site.root, '404.html');
  try {
    await serveFile(site, res, method, requestPath, page, 404);
  } catch {
    send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n', method);
  }
}

function toRequest(req: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // `duplex` is required by Node's fetch for a streamed body; the DOM typings do not know it yet.
  const init = {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  };
  return new Request(url, init as RequestInit);
}

async function runFunction(route: FunctionRoute, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const response = await route.handler(toRequest(req, url));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  send(res, response.status, headers, Buffer.from(await response.arrayBuffer()), req.method ?? 'GET');
}

async function handle(site: Site, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  // Only origin-form targets ("/path?query"): "//other.host/" or "http://other.host/" must not
  // change which site the functions think they are on (they fetch their layout from it).
  if (!req.url?.startsWith('/')) {
    send(res, 400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad request\n', method);
    return;
  }
  const url = new URL(`${site.origin}${req.url}`);
  let pathname = url.pathname;
  let status = 200;

  const direct = findFunction(site.routes, pathname);
  if (direct) return runFunction(direct, req, res, url);

  for (const rule of site.config.redirects) {
    const params = rule.match(pathname);
    if (!params || !rule.applies) continue;
    // Without force, a file at the path shadows the rule, as on Netlify.
    if (!rule.force && (await resolveStatic(site.root, pathname)).kind !== 'missing') break;
    const target = new URL(fillPathPattern(rule.to, params), site.origin);
    if (rule.status >= 300 && rule.status < 400) {
      const location = target.origin === site.origin ? `${target.pathname}${target.search || url.search}` : target.href;
      send(res, rule.status, { location, 'cache-control': defaultCacheControl }, null, method);
      return;
    }
    if (target.origin !== site.origin) {
      send(
        res,
        502,
        { 'content-type': 'text/plain; charset=utf-8' },
        `The local server does not proxy to other sites (${rule.from} → ${rule.to})\n`,
        method,
      );
      return;
    }
    pathname = target.pathname;
    status = rule.status;
    const rewritten = findFunction(site.routes, pathname);
    if (rewritten) return runFunction(rewritten, req, res, new URL(`${pathname}${url.search}`, site.origin));
    break;
  }

  if (method !== 'GET' && method !== 'HEAD') {
    send(res, 405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed\n', method);
    return;
  }
  const target = await resolveStatic(site.root, pathname);
  if (target.kind === 'file') return serveFile(site, res, method, url.pathname, target.file, status);
  if (target.kind === 'add-slash') {
    send(res, 301, { location: `${pathname}/${url.search}`, 'cache-control': defaultCacheControl }, null, method);
    return;
  }
  return serveNotFound(site, res, method, url.pathname);
}

/**
 * Serves the built site as Netlify does: static files with netlify.toml's headers and redirects,
 * directory indexes, 404.html for missing pages, and the functions in src/functions at their
 * `config.path`, storing feedback in a local Netlify Blobs server under `<dataDir>/blobs`.
 * Only one can run per process, because functions find Blobs through the environment, as on Netlify.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const root = resolve(projectRoot, options.distDir ?? 'dist');
  const dataDir = resolve(projectRoot, options.dataDir ?? '.data');
  const config = await loadNetlifyConfig(resolve(projectRoot, options.configFile ?? 'netlify.toml'));
  const routes = await loadFunctionRoutes(resolve(projectRoot, options.functionsDir ?? 'src/functions'));
  const site: Site = { root, config, routes, origin: '' };
  const blobs = await startLocalBlobs(join(dataDir, 'blobs'));
  const previousContext = process.env.NETLIFY_BLOBS_CONTEXT;
  process.env.NETLIFY_BLOBS_CONTEXT = blobs.environmentContext;
  const restoreContext = () => {
    if (previousContext === undefined) delete process.env.NETLIFY_BLOBS_CONTEXT;
    else process.env.NETLIFY_BLOBS_CONTEXT = previousContext;
  };

  const server = createServer((req, res) => {
    handle(site, req, res)
      .catch((error: unknown) => {
        console.error(`Local server: ${req.method} ${req.url?.split('?')[0]} failed:`, error);
        if (!res.headersSent)
          send(
            res,
            500,
            { 'content-type': 'text/plain; charset=utf-8' },
            'The local server failed: see its console\n',
            req.method ?? 'GET',
          );
        else res.destroy();
      })
      .finally(() => options.log?.(`${req.method} ${req.url?.split('?')[0]} ${res.statusCode}`));
  });
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 0, host, () => done());
    });
  } catch (error) {
    await blobs.stop();
    restoreContext();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  site.origin = `http://${host}:${port}`;

  return {
    url: `${site.origin}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await blobs.stop();
      restoreContext();
    },
  };
}
