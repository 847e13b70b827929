import { getStore } from '@netlify/blobs';

/** The name of the Netlify Blobs store that holds feedback. */
export const feedbackStoreName = 'feedback';

/**
 * How long one write may take before the endpoint gives up and answers 503. Netlify Blobs' client
 * waits 5 s between its own retries (node_modules/@netlify/blobs, `fetchAndRetry`), so a failing
 * store would otherwise hold a person for 25 s; this keeps the whole answer within 5 s.
 */
export const storeWriteTimeoutMs = 3_500;

/** A write that did not certainly happen: the person must be told to try again. */
export class StoreWriteError extends Error {
  /** The store's HTTP status, when it answered at all. */
  readonly status: number | null;
  constructor(reason: string, status: number | null = null) {
    super(`The feedback store did not confirm the write: ${reason}`);
    this.name = 'StoreWriteError';
    this.status = status;
  }
}

/** A write either stored the entry or found it already stored (a resend); anything else throws. */
export type WriteOutcome = 'stored' | 'already-stored';

/** Writing one submission, never overwriting. Netlify Blobs is one (`blobsWriter`); so is the tests' store. */
export interface FeedbackWriter {
  /** Resolves only when the store confirmed it; throws StoreWriteError otherwise. */
  write(key: string, value: unknown): Promise<WriteOutcome>;
}

/** One page of a listing: entries and, with `directories`, the day folders. */
export interface FeedbackListing {
  blobs: Array<{ key: string }>;
  directories?: string[];
}

/** What to list: keys starting with `prefix`; with `directories`, the folders under it instead of their keys. */
export interface ListOptions {
  prefix?: string;
  directories?: boolean;
}

/** Listing and reading submissions, for the export. */
export interface FeedbackReader {
  list(options?: ListOptions): Promise<FeedbackListing>;
  get(key: string, options: { type: 'json' }): Promise<unknown>;
}

/** Listing by day and deleting submissions, for the purge. */
export interface FeedbackDeleter {
  list(options?: ListOptions): Promise<FeedbackListing>;
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
export function openFeedbackStore(connection?: StoreConnection, fetchImpl?: typeof fetch) {
  const extra = fetchImpl ? { fetch: fetchImpl } : {};
  if (!connection) return getStore({ name: feedbackStoreName, consistency: 'strong', ...extra });
  const { siteID, token, edgeURL } = connection;
  return edgeURL
    ? getStore({
        name: feedbackStoreName,
        siteID,
        token,
        edgeURL,
        uncachedEdgeURL: edgeURL,
        consistency: 'strong',
        ...extra,
      })
    : getStore({ name: feedbackStoreName, siteID, token, ...extra });
}

/**
 * Netlify Blobs as a FeedbackWriter that never mistakes a failure for success. `setJSON` with
 * `onlyIfNew` reports `modified: true` for every answer but 412, a 500 or 401 included
 * (node_modules/@netlify/blobs/dist/main.js, `setJSON`; unchanged upstream), so this watches the
 * answer to the PUT itself: 2xx is stored, 412 is "already stored", anything else, a dropped
 * connection or no answer within `timeoutMs` is a StoreWriteError. After the deadline no further
 * request goes out, so a 503 is never followed by a late write from a retry in the background.
 */
export function blobsWriter(
  options: { connection?: StoreConnection; timeoutMs?: number; fetch?: typeof fetch } = {},
): FeedbackWriter {
  const baseFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? storeWriteTimeoutMs;
  return {
    async write(key, value) {
      const deadline = AbortSignal.timeout(timeoutMs);
      let putStatus: number | null = null;
      const watchedFetch: typeof fetch = async (input, init) => {
        if (deadline.aborted) throw new StoreWriteError('no answer in time');
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        const response = await baseFetch(input, { ...init, signal });
        if ((init?.method ?? 'GET').toUpperCase() === 'PUT') putStatus = response.status;
        return response;
      };
      const writing = openFeedbackStore(options.connection, watchedFetch).setJSON(key, value, { onlyIfNew: true });
      // The client may still be sleeping between retries when the deadline passes: stop waiting for it,
      // and keep its eventual rejection from becoming an unhandled one.
      writing.catch(() => undefined);
      const timedOut = new Promise<never>((_, reject) => {
        const fail = () => reject(new StoreWriteError('no answer in time'));
        if (deadline.aborted) fail();
        else deadline.addEventListener('abort', fail, { once: true });
      });
      try {
        await Promise.race([writing, timedOut]);
      } catch (error) {
        if (error instanceof StoreWriteError) throw error;
        throw new StoreWriteError(deadline.aborted ? 'no answer in time' : 'no connection', putStatus);
      }
      const status: number | null = putStatus;
      if (status === 412) return 'already-stored';
      if (status !== null && status >= 200 && status < 300) return 'stored';
      throw new StoreWriteError(`answered ${status ?? 'nothing'}`, status);
    },
  };
}
