import { randomUUID } from 'node:crypto';
import { BlobsServer } from '@netlify/blobs/server';
import type { StoreConnection } from '../lib/feedback/store.ts';

/** A Netlify Blobs server on this machine, writing under a folder, and how to reach it. */
export interface LocalBlobs {
  connection: StoreConnection & { edgeURL: string };
  /** The value Netlify puts in NETLIFY_BLOBS_CONTEXT, so functions find this server as they find Netlify's. */
  environmentContext: string;
  stop(): Promise<void>;
}

/** NETLIFY_BLOBS_CONTEXT for a Blobs server at `connection.edgeURL`. */
export function blobsEnvironmentContext(connection: StoreConnection & { edgeURL: string }): string {
  return Buffer.from(JSON.stringify({ ...connection, uncachedEdgeURL: connection.edgeURL })).toString('base64');
}

/**
 * Starts `@netlify/blobs/server` storing under `directory`, protected by a random token.
 * Nothing needs a Netlify account: the same client talks to it as to Netlify.
 */
export async function startLocalBlobs(directory: string): Promise<LocalBlobs> {
  const token = randomUUID();
  const server = new BlobsServer({ directory, token });
  const { port } = await server.start();
  const connection = { siteID: 'local', token, edgeURL: `http://127.0.0.1:${port}` };
  return {
    connection,
    environmentContext: blobsEnvironmentContext(connection),
    stop: async () => {
      await server.stop();
    },
  };
}
