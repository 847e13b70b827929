import type { IncomingMessage } from 'node:http';

/** The most a Netlify Function receives in one request body (https://docs.netlify.com/build/functions/overview/#default-deployment-options). */
export const functionBodyMaxBytes = 6 * 1024 * 1024;

/**
 * The whole request body, as Netlify buffers it before a function runs, or null past `limit`.
 * Reading it all first means a function that refuses a big body (413) can still answer: reading
 * part of a streamed body and stopping used to reset the connection before the answer was sent.
 */
export async function readWholeBody(req: IncomingMessage, limit = functionBodyMaxBytes): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
