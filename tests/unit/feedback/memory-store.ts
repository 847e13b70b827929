import {
  StoreWriteError,
  type FeedbackDeleter,
  type FeedbackReader,
  type FeedbackWriter,
} from '../../../src/lib/feedback/store.ts';

/** A feedback store in memory that keeps the same contract as `blobsWriter` and Netlify Blobs' list, get and delete. */
export interface MemoryStore extends FeedbackWriter, FeedbackReader, FeedbackDeleter {
  entries: Map<string, unknown>;
}

/**
 * An in-memory store. `failWrites` makes every write fail the way `blobsWriter` reports a store
 * that did not confirm it (a StoreWriteError, as for a 500, 401, 429, reset or timeout, each proved
 * against the real client in tests/integration/feedback-store-faults.test.ts). A key already taken
 * is "already-stored", as a 412 is. `unreadable` keys fail to read, as a truncated blob does.
 */
export function memoryStore(options: { failWrites?: boolean; unreadable?: readonly string[] } = {}): MemoryStore {
  const entries = new Map<string, unknown>();
  return {
    entries,
    async write(key, value) {
      if (options.failWrites) throw new StoreWriteError('answered 500', 500);
      if (entries.has(key)) return 'already-stored';
      entries.set(key, JSON.parse(JSON.stringify(value)));
      return 'stored';
    },
    async list({ prefix = '', directories = false } = {}) {
      const keys = [...entries.keys()].filter((key) => key.startsWith(prefix)).sort();
      if (!directories) return { blobs: keys.map((key) => ({ key })) };
      const folders = new Set<string>();
      const blobs: Array<{ key: string }> = [];
      for (const key of keys) {
        const slash = key.indexOf('/', prefix.length);
        if (slash === -1) blobs.push({ key });
        else folders.add(key.slice(0, slash));
      }
      return { blobs, directories: [...folders] };
    },
    async get(key) {
      if (options.unreadable?.includes(key)) throw new SyntaxError('Unexpected end of JSON input');
      return entries.get(key) ?? null;
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
