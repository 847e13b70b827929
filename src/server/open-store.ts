import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openFeedbackStore } from '../lib/feedback/store.ts';
import { startLocalBlobs } from './blobs.ts';

/** Raised when the command-line tools are asked for a store they cannot reach, saying what to set. */
export class FeedbackSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedbackSourceError';
  }
}

/** The feedback store for a command-line tool, where it came from, and how to let it go. */
export interface OpenedStore {
  store: ReturnType<typeof openFeedbackStore>;
  description: string;
  close(): Promise<void>;
}

/**
 * Netlify's store when asked (`source` "netlify") or when NETLIFY_SITE_ID and NETLIFY_AUTH_TOKEN
 * are set and no source is named; otherwise the local one `npm start` writes under `<dataDir>/blobs`.
 */
export async function openStoreFor(source: string | undefined, dataDir: string): Promise<OpenedStore> {
  const siteID = process.env.NETLIFY_SITE_ID;
  const token = process.env.NETLIFY_AUTH_TOKEN;
  const useNetlify = source === 'netlify' || (source === undefined && Boolean(siteID && token));
  if (source !== undefined && source !== 'netlify' && source !== 'local') {
    throw new FeedbackSourceError(`--source is "${source}": use --source local or --source netlify`);
  }
  if (useNetlify) {
    if (!siteID || !token) {
      throw new FeedbackSourceError(
        'To read feedback from Netlify, set NETLIFY_SITE_ID (Site configuration > Site details) and NETLIFY_AUTH_TOKEN (a personal access token)',
      );
    }
    return {
      store: openFeedbackStore({ siteID, token }),
      description: `Netlify site ${siteID}`,
      close: async () => undefined,
    };
  }
  const directory = join(resolve(dataDir), 'blobs');
  if (!existsSync(directory)) {
    throw new FeedbackSourceError(
      `There is no local feedback in ${directory}. Run "npm start" and send some, or use --source netlify`,
    );
  }
  const blobs = await startLocalBlobs(directory);
  return {
    store: openFeedbackStore(blobs.connection),
    description: `the local store in ${directory}`,
    close: blobs.stop,
  };
}
