/**
 * A proxy that makes the local server feel like a phone on Slow 4G: every response waits one
 * round trip, then goes out at the link's speed, one after another as on a real shared link.
 * Done here rather than with Chromium's page throttling, which misses Pagefind's web worker.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A link's round-trip time and bandwidth. */
export interface Link {
  rttMs: number;
  bitsPerSecond: number;
}

/** Chrome DevTools' "Slow 4G": 150 ms round trip, 1.6 Mbit/s down (https://developer.chrome.com/docs/devtools/settings/throttling). */
export const slow4g: Link = { rttMs: 150, bitsPerSecond: 1.6e6 };

/** How long a link takes to carry `bytes`, one after another, leaving out round trips: the least time a search that needs them can take. */
export function transferMs(bytes: number, link: Link): number {
  return (bytes * 8 * 1000) / link.bitsPerSecond;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fast link: no added delay. */
export const fastLink: Link = { rttMs: 0, bitsPerSecond: Number.POSITIVE_INFINITY };

/** Text that Netlify's CDN compresses on the way out; Pagefind's own files are gzipped already. */
const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * The body as Netlify would send it: gzipped when the browser accepts it and the type is text.
 * The local server sends everything uncompressed, which would make HTML and scripts about four
 * times slower to arrive over the emulated link than they are in production.
 */
function asSent(request: http.IncomingMessage, answer: http.IncomingMessage, body: Buffer) {
  const headers = { ...answer.headers };
  delete headers['transfer-encoding'];
  const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (!accepts || headers['content-encoding'] || !compressible.test(String(headers['content-type'] ?? '')))
    return { headers, body };
  return { headers: { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' }, body: gzipSync(body) };
}

/**
 * Netlify's CDN gives every file an ETag and answers a request that names the copy the browser
 * already has (If-None-Match) with an empty 304. The local server sends no ETag, so without this
 * every check of a file kept without a lifetime (the search page's WebAssembly, say) would bring
 * the whole file again over the emulated link: 60 KB is 300 ms at Slow 4G's 1.6 Mbit/s.
 */
function revalidated(
  request: http.IncomingMessage,
  status: number,
  sent: { headers: http.IncomingHttpHeaders; body: Buffer },
): { status: number; headers: http.IncomingHttpHeaders; body: Buffer } {
  if (status !== 200 || request.method !== 'GET') return { status, ...sent };
  const etag = `"${createHash('sha256').update(sent.body).digest('base64url').slice(0, 22)}"`;
  const headers = { ...sent.headers, etag };
  const known = String(request.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (!known.includes(etag)) return { status, headers, body: sent.body };
  delete headers['content-encoding'];
  return { status: 304, headers, body: Buffer.alloc(0) };
}

/** The proxy: its address, and every request that reached it (a file the browser had cached fresh never does). */
export interface ThrottledProxy {
  at: (pathname: string) => string;
  /** Paths requested, in order of arrival. */
  requested: string[];
  /** Bytes of body sent for each of them, in the same order (0 until answered, and for a 304). */
  sentBytes: number[];
  /** Requests not yet answered. */
  inFlight: () => number;
  /** When a request last arrived or was answered. */
  lastActivity: () => number;
  close: () => Promise<void>;
}

/** Starts a proxy in front of `origin` on 127.0.0.1 and a free port. */
export async function throttledProxy(origin: string, link: Link): Promise<ThrottledProxy> {
  let linkFreeAt = 0;
  let inFlight = 0;
  let lastActivity = Date.now();
  const requested: string[] = [];
  const sentBytes: number[] = [];
  const server = http.createServer((request, response) => {
    const arrived = Date.now();
    const index = requested.push(new URL(request.url ?? '/', origin).pathname) - 1;
    sentBytes.push(0);
    inFlight += 1;
    lastActivity = arrived;
    response.on('close', () => {
      inFlight -= 1;
      lastActivity = Date.now();
    });
    const upstream = http.request(
      new URL(request.url ?? '/', origin),
      // The local server answers only requests addressed to itself (src/server, "loopback Host only").
      { method: request.method, headers: { ...request.headers, host: new URL(origin).host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const { status, headers, body } = revalidated(
            request,
            answer.statusCode ?? 502,
            asSent(request, answer, Buffer.concat(chunks)),
          );
          // The request reaches the server after half a round trip and the first byte comes back after the other half;
          // then the body takes its size over the bandwidth, after any response already on the link.
          const start = Math.max(arrived + link.rttMs, linkFreeAt);
          linkFreeAt = start + transferMs(body.length, link);
          sentBytes[index] = body.length;
          void wait(Math.max(0, linkFreeAt - Date.now())).then(() => {
            response.writeHead(
              status,
              status === 304 ? headers : { ...headers, 'content-length': String(body.length) },
            );
            response.end(body);
          });
        });
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    at: (pathname) => new URL(pathname, `http://127.0.0.1:${port}`).toString(),
    requested,
    sentBytes,
    inFlight: () => inFlight,
    lastActivity: () => lastActivity,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
