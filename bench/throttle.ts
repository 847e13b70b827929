/**
 * A proxy that makes the local server feel like a phone on Slow 4G: every response waits one
 * round trip, then goes out at the link's speed, one after another as on a real shared link.
 * Done here rather than with Chromium's page throttling, which misses Pagefind's web worker.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A link's round-trip time and bandwidth. */
export interface Link {
  rttMs: number;
  bitsPerSecond: number;
}

/** Chrome DevTools' "Slow 4G": 150 ms round trip, 1.6 Mbit/s down (https://developer.chrome.com/docs/devtools/settings/throttling). */
export const slow4g: Link = { rttMs: 150, bitsPerSecond: 1.6e6 };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fast link: no added delay. */
export const fastLink: Link = { rttMs: 0, bitsPerSecond: Number.POSITIVE_INFINITY };

/** The proxy: its address, and every request that reached it (a file the browser had cached fresh never does). */
export interface ThrottledProxy {
  at: (pathname: string) => string;
  /** Paths requested, in order of arrival. */
  requested: string[];
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
  const server = http.createServer((request, response) => {
    const arrived = Date.now();
    requested.push(new URL(request.url ?? '/', origin).pathname);
    inFlight += 1;
    lastActivity = arrived;
    response.on('close', () => {
      inFlight -= 1;
      lastActivity = Date.now();
    });
    const upstream = http.request(
      new URL(request.url ?? '/', origin),
      { method: request.method, headers: request.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          // The request reaches the server after half a round trip and the first byte comes back after the other half;
          // then the body takes its size over the bandwidth, after any response already on the link.
          const start = Math.max(arrived + link.rttMs, linkFreeAt);
          linkFreeAt = start + (body.length * 8 * 1000) / link.bitsPerSecond;
          void wait(Math.max(0, linkFreeAt - Date.now())).then(() => {
            const headers = { ...answer.headers };
            delete headers['transfer-encoding'];
            response.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': String(body.length) });
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
    inFlight: () => inFlight,
    lastActivity: () => lastActivity,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
