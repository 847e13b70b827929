import { getStore } from '@netlify/blobs';

/** The name of the Netlify Blobs store that holds feedback. */
export const feedbackStoreName = 'feedback';

/** Writing one submission. A Netlify Blobs store is one; so is the in-memory store in the tests. */
export interface FeedbackWriter {
  setJSON(key: string, value: unknown, options?: { onlyIfNew?: boolean }): Promise<{ modified: boolean }>;
}

/** Listing, reading and deleting submissions, for the export and the purge. */
export interface FeedbackReader {
  list(): Promise<{ blobs: Array<{ key: string }> }>;
  get(key: string, options: { type: 'json' }): Promise<unknown>;
}

/** Deleting submissions, for the purge. */
export interface FeedbackDeleter {
  list(): Promise<{ blobs: Array<{ key: string }> }>;
  delete(key: string): Promise<void>;
}

/** Where to find the store outside Netlify: the Netlify API (site ID and token) or a local Blobs server. */
export interface StoreConnection {
  siteID: string;
  token: string;
  /** The local Blobs server, or unset for the Netlify API. */
  edgeURL?: string;
}

/**
 * The feedback store. Inside a Netlify Function (and under `npm start`, whose server sets the same
 * environment) Netlify Blobs reads its connection from the environment; the command-line tools pass one.
 */
export function openFeedbackStore(connection?: StoreConnection) {
  if (!connection) return getStore({ name: feedbackStoreName, consistency: 'strong' });
  const { siteID, token, edgeURL } = connection;
  return edgeURL
    ? getStore({ name: feedbackStoreName, siteID, token, edgeURL, uncachedEdgeURL: edgeURL, consistency: 'strong' })
    : getStore({ name: feedbackStoreName, siteID, token });
}
