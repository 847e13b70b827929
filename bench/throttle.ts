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

/** Starts a proxy in front of `origin` on 127.0.0.1 and a free port. */
export async function throttledProxy(
  origin: string,
  link: Link,
): Promise<{ at: (pathname: string) => string; close: () => Promise<void> }> {
  let linkFreeAt = 0;
  const server = http.createServer((request, response) => {
    const arrived = Date.now();
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
          void wait(linkFreeAt - Date.now()).then(() => {
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
