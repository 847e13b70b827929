/**
 * A worker thread for the build (src/lib/page-glossary-thread.ts): adds the glossary to each page it is
 * sent while the main thread renders the next pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { withGlossary, type PageGlossary } from './page-glossary.ts';
import type { GlossaryRequest, GlossaryResult } from './page-glossary-thread.ts';

const glossary = workerData as PageGlossary;
const decoder = new TextDecoder();
const encoder = new TextEncoder();
parentPort?.on('message', ({ id, html }: GlossaryRequest) => {
  let result: GlossaryResult;
  try {
    result = { id, html: encoder.encode(withGlossary(decoder.decode(html), glossary)) };
  } catch (error) {
    result = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(result, 'error' in result ? [] : [result.html.buffer]);
});
