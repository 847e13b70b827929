import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NetlifyDev } from '@netlify/dev';
import { parse, stringify } from 'smol-toml';
import { startLocalBlobs, type LocalBlobs } from './blobs.ts';
import { findFunction, loadFunctionRoutes, type FunctionRoute } from './functions.ts';
import { rateLimiter, type RateLimitDecision, type RateLimitRule } from './rate-limit.ts';
import { readWholeBody } from './read-body.ts';

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
  /**
   * Replaces parts of every function's `config.rateLimit` (the one setting, which Netlify reads too),
   * for load tests that send more than a person could.
   */
  rateLimit?: Partial<RateLimitRule>;
  /** Starts the Blobs server feedback goes to; fault tests put one that fails on purpose in front of the real one. */
  startBlobs?: (directory: string) => Promise<LocalBlobs>;
  /** Called with one line per request (method, path without query string, status). */
  log?: (line: string) => void;
}

/** A running local server. */
export interface RunningServer {
  /** Its address, ending in "/". */
  url: string;
  close(): Promise<void>;
}

interface Site {
  dev: NetlifyDev;
  routes: Array<FunctionRoute & { limit: ((client: string) => RateLimitDecision) | null }>;
  port: number;
  origin: string;
}

const textHeaders = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

async function send(res: ServerResponse, method: string, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = method === 'HEAD' ? null : Buffer.from(await response.arrayBuffer());
  // Node's fetch decompresses, so the length and encoding Netlify's emulator set may no longer hold.
  delete headers['content-encoding'];
  if (body) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body ?? undefined);
}

/** Only the names this machine answers to: another Host (DNS rebinding) must not reach the functions. */
function ownOrigin(site: Site, host: string | undefined): string | null {
  const allowed = [`127.0.0.1:${site.port}`, `localhost:${site.port}`, `[::1]:${site.port}`];
  return host && allowed.includes(host.toLowerCase()) ? `http://${host.toLowerCase()}` : null;
}

async function notFound(site: Site, origin: string): Promise<Response> {
  const page = await site.dev.handle(new Request(`${origin}/404.html`), { serverAddress: site.origin });
  if (!page) return new Response('Not found\n', { status: 404, headers: textHeaders });
  return new Response(page.body, { status: 404, headers: page.headers });
}

async function runFunction(route: Site['routes'][number], req: IncomingMessage, url: URL): Promise<Response> {
  const decision = route.limit?.(req.socket.remoteAddress ?? 'unknown');
  if (decision && !decision.allowed) {
    return new Response('Too many requests: wait a minute and try again\n', {
      status: 429,
      headers: { ...textHeaders, 'retry-after': String(decision.retryAfterSeconds) },
    });
  }
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: Buffer | null = null;
  if (method !== 'GET' && method !== 'HEAD') {
    body = await readWholeBody(req);
    if (!body)
      return new Response('Request body too large\n', {
        status: 413,
        headers: { ...textHeaders, connection: 'close' },
      });
  }
  return route.handler(new Request(url, { method, headers, ...(body ? { body: new Uint8Array(body) } : {}) }));
}

async function handle(site: Site, req: IncomingMessage): Promise<Response> {
  const method = req.method ?? 'GET';
  // Only origin-form targets ("/path?query"), and never "//host/...": such a path must not become
  // a redirect off the site, or change which site the functions think they are on.
  if (!req.url?.startsWith('/')) return new Response('Bad request\n', { status: 400, headers: textHeaders });
  const origin = ownOrigin(site, req.headers.host);
  if (!origin) return new Response('Misdirected request\n', { status: 421, headers: textHeaders });
  if (req.url.startsWith('//')) return notFound(site, origin);
  const url = new URL(`${origin}${req.url}`);
  try {
    decodeURIComponent(url.pathname);
  } catch {
    return notFound(site, origin);
  }

  const route = findFunction(site.routes, url.pathname);
  if (route) return runFunction(route, req, url);

  // Everything else is the built site, through Netlify's own emulator: netlify.toml's headers and redirects.
  if (method !== 'GET' && method !== 'HEAD') {
    return new Response('Method not allowed\n', { status: 405, headers: { ...textHeaders, allow: 'GET, HEAD' } });
  }
  const response = await site.dev.handle(new Request(url, { method, headers: req.headers as HeadersInit }), {
    serverAddress: site.origin,
  });
  const location = response?.headers.get('location');
  if (response && location) {
    // A redirect goes to this site's own address for the path, never to another host.
    const target = new URL(location, url);
    if (target.origin !== url.origin && target.origin !== site.origin) return notFound(site, origin);
    const headers = new Headers(response.headers);
    headers.set('location', `${target.pathname}${target.search}`);
    return new Response(null, { status: response.status, headers });
  }
  return response ?? notFound(site, origin);
}

/** netlify.toml for Netlify's emulator: the same headers and redirects, publishing `distDir`; functions run here. */
async function emulatorProject(configFile: string, distDir: string): Promise<string> {
  const config = parse(await readFile(configFile, 'utf8')) as Record<string, unknown>;
  const folder = await mkdtemp(join(tmpdir(), 'send-netlify-'));
  // Netlify's config resolver wants `publish` inside the project folder: a link to the built site is.
  await symlink(distDir, join(folder, 'publish'), 'dir');
  const build: Record<string, unknown> = {
    ...(config.build as Record<string, unknown> | undefined),
    publish: 'publish',
  };
  delete build.command;
  delete config.functions;
  await writeFile(join(folder, 'netlify.toml'), stringify({ ...config, build }));
  return folder;
}

/**
 * Serves the built site as Netlify does, through Netlify's own local emulator (@netlify/dev):
 * static files with netlify.toml's headers and redirects, and 404.html for missing pages. The
 * functions in src/functions run in this process at their `config.path`, with their `config.rateLimit`
 * enforced, storing feedback in a Netlify Blobs server under `<dataDir>/blobs` (owner-only).
 * Only one can run per process, because functions find Blobs through the environment, as on Netlify.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const distDir = resolve(projectRoot, options.distDir ?? 'dist');
  const dataDir = resolve(projectRoot, options.dataDir ?? '.data');
  // Feedback is personal data: what the Blobs server writes is readable by its owner only (files
  // 0600, folders 0700). Netlify's emulator does not do this, so the wrapper does, for this process.
  const previousUmask = process.umask(0o077);
  await mkdir(join(dataDir, 'blobs'), { recursive: true, mode: 0o700 });
  // Files stored before this rule keep their modes, but not even their names can be read by others now.
  await chmod(dataDir, 0o700);
  const loaded = await loadFunctionRoutes(resolve(projectRoot, options.functionsDir ?? 'src/functions'));
  const routes = loaded.map((route) => ({
    ...route,
    limit: route.rateLimit ? rateLimiter({ ...route.rateLimit, ...options.rateLimit }) : null,
  }));
  const emulatorRoot = await emulatorProject(resolve(projectRoot, options.configFile ?? 'netlify.toml'), distDir);
  const dev = new NetlifyDev({
    projectRoot: emulatorRoot,
    skipGitignore: true,
    // Functions run in this process, the very modules Netlify deploys: @netlify/dev bundles each call
    // and runs it in a new worker thread, measured here at 0.4–0.7 s a post, and 32 s and 1.5 GB of
    // memory for 50 posts at once. Its Blobs server would store in .netlify/, not .data/. The other
    // features are off because they reach the internet or are not used by this site.
    functions: { enabled: false },
    blobs: { enabled: false },
    edgeFunctions: { enabled: false },
    images: { enabled: false },
    database: { enabled: false },
    aiGateway: { enabled: false },
    geolocation: { enabled: false },
    environmentVariables: { enabled: false },
    logger: {
      log: () => undefined,
      warn: (message?: string) => console.warn(message),
      error: (message?: string) => console.error(message),
    },
  });
  await dev.start();
  const blobs = await (options.startBlobs ?? startLocalBlobs)(join(dataDir, 'blobs'));
  const previousContext = process.env.NETLIFY_BLOBS_CONTEXT;
  process.env.NETLIFY_BLOBS_CONTEXT = blobs.environmentContext;
  const cleanUp = async () => {
    await Promise.allSettled([dev.stop(), blobs.stop(), rm(emulatorRoot, { recursive: true, force: true })]);
    if (previousContext === undefined) delete process.env.NETLIFY_BLOBS_CONTEXT;
    else process.env.NETLIFY_BLOBS_CONTEXT = previousContext;
    process.umask(previousUmask);
  };
  const site: Site = { dev, routes, port: 0, origin: '' };

  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    handle(site, req)
      .then((response) => send(res, method, response))
      .catch((error: unknown) => {
        // Our fault, not the visitor's: a 500 page, logged without the request body.
        console.error(`Local server: ${method} ${req.url?.split('?')[0]} failed:`, error);
        if (res.headersSent) return void res.destroy();
        res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(
          '<!doctype html><html lang="en-GB"><title>Sorry, there is a problem with the service</title><h1>Sorry, there is a problem with the service</h1><p>Try again later.</p></html>\n',
        );
      })
      .finally(() => options.log?.(`${method} ${req.url?.split('?')[0]} ${res.statusCode}`));
  });
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 0, host, () => done());
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  site.port = (server.address() as AddressInfo).port;
  site.origin = `http://${host}:${site.port}`;

  return {
    url: `${site.origin}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await cleanUp();
    },
  };
}
