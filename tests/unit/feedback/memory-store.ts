import type { FeedbackDeleter, FeedbackReader, FeedbackWriter } from '../../../src/lib/feedback/store.ts';

/** A feedback store in memory that behaves like Netlify Blobs for what the feedback code uses. */
export interface MemoryStore extends FeedbackWriter, FeedbackReader, FeedbackDeleter {
  entries: Map<string, unknown>;
}

/**
 * An in-memory store. `failWrites` makes every write throw, like an outage; `clashes` makes the
 * first N conditional writes report an existing key, to test that nothing is overwritten.
 */
export function memoryStore(options: { failWrites?: boolean; clashes?: number } = {}): MemoryStore {
  const entries = new Map<string, unknown>();
  let clashes = options.clashes ?? 0;
  return {
    entries,
    async setJSON(key, value, setOptions) {
      if (options.failWrites) throw new Error('Blobs is down');
      if (setOptions?.onlyIfNew && (entries.has(key) || clashes > 0)) {
        clashes -= 1;
        return { modified: false };
      }
      entries.set(key, JSON.parse(JSON.stringify(value)));
      return { modified: true };
    },
    async list() {
      return { blobs: [...entries.keys()].map((key) => ({ key })) };
    },
    async get(key) {
      return entries.get(key) ?? null;
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
