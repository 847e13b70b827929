import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobsEnvironmentContext, startLocalBlobs, type LocalBlobs } from '../../src/server/blobs.ts';

/**
 * How a request to the store fails: an HTTP status with nothing stored, the connection reset, no
 * answer at all, or the write done and then a 500 (the answer lost, so the client retries).
 */
export type BlobsFault = number | 'reset' | 'hang' | 'stored-then-500';

/** A Blobs server that fails on purpose, and how many requests it failed. */
export interface FailingBlobs extends LocalBlobs {
  faults: number;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function forward(target: string, req: IncomingMessage): Promise<Response> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await bodyOf(req));
  return fetch(`${target}${req.url ?? '/'}`, { method, headers, body, redirect: 'manual' });
}

async function reply(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'content-encoding' && name !== 'content-length') headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * The real Netlify Blobs server (`@netlify/blobs/server`, storing under `directory`) behind a proxy
 * that asks `fault` about each request and fails it that way, or passes it on when it answers null.
 * The real `@netlify/blobs` client talks to it exactly as to Netlify.
 */
export async function startFailingBlobs(
  directory: string,
  fault: (req: IncomingMessage) => BlobsFault | null,
): Promise<FailingBlobs> {
  const real = await startLocalBlobs(directory);
  const hanging = new Set<ServerResponse>();
  const result = { faults: 0 } as FailingBlobs;
  const server = createServer((req, res) => {
    const chosen = fault(req);
    if (chosen !== null) result.faults += 1;
    if (chosen === 'hang') return void hanging.add(res);
    if (chosen === 'reset') return void req.socket.destroy();
    const answer = async () => {
      if (typeof chosen === 'number') {
        await bodyOf(req);
        res.writeHead(chosen, { 'content-type': 'text/plain' });
        return void res.end('Failing on purpose\n');
      }
      const response = await forward(real.connection.edgeURL, req);
      if (chosen === 'stored-then-500') {
        await response.arrayBuffer();
        res.writeHead(500);
        return void res.end();
      }
      await reply(res, response);
    };
    answer().catch(() => res.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const connection = { ...real.connection, edgeURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  return Object.assign(result, {
    connection,
    environmentContext: blobsEnvironmentContext(connection),
    stop: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await real.stop();
    },
  });
}

/** Whether a request to the store is a write (the client PUTs each blob). */
export const isWrite = (req: IncomingMessage) => req.method === 'PUT';
