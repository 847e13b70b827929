import { feedbackEntrySchema, type FeedbackEntry } from '../../src/lib/feedback/entry.ts';
import { openFeedbackStore } from '../../src/lib/feedback/store.ts';

/**
 * Everything the running local server has stored, through the same Netlify Blobs client the
 * functions use (the server points the environment at its Blobs server). Each entry is checked
 * against the stored-entry schema, so an extra field fails the test.
 */
export async function storedFeedback(): Promise<Array<{ key: string; entry: FeedbackEntry }>> {
  const store = openFeedbackStore();
  const { blobs } = await store.list();
  return Promise.all(
    blobs.map(async ({ key }) => ({ key, entry: feedbackEntrySchema.parse(await store.get(key, { type: 'json' })) })),
  );
}
