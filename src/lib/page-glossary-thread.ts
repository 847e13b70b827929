import { Worker } from 'node:worker_threads';
import type { PageGlossary } from './page-glossary.ts';

/** A page's HTML as UTF-8 bytes: handed over to the thread and back, not copied, and never decoded on the main thread. */
export interface GlossaryRequest {
  id: number;
  html: ArrayBuffer;
}

export type GlossaryResult = { id: number; html: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/**
 * `withGlossary` (page-glossary.ts) in a worker thread (page-glossary-worker.ts, at `workerFile`), for the
 * build: it was a third of the time Astro spent on each page, on the one core Astro renders with, and the
 * machine has another. Astro renders several pages at a time (build.concurrency), so while the worker
 * adds the glossary to one page, the main thread renders the next. The thread keeps the process open only
 * while a page is with it, so the build ends when its last page is done.
 */
export function glossaryThread(
  workerFile: string,
  glossary: PageGlossary,
): (html: ArrayBuffer) => Promise<Uint8Array<ArrayBuffer>> {
  const worker = new Worker(workerFile, { workerData: glossary });
  worker.unref();
  const waiting = new Map<
    number,
    { resolve: (html: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  let stopped: Error | undefined;
  const settle = (result: GlossaryResult) => {
    const page = waiting.get(result.id);
    waiting.delete(result.id);
    if (waiting.size === 0) worker.unref();
    if ('error' in result) page?.reject(new Error(`Adding the glossary to a page failed: ${result.error}`));
    else page?.resolve(result.html);
  };
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const page of waiting.values()) page.reject(error);
    waiting.clear();
  };
  worker.on('message', settle);
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The glossary thread stopped (exit code ${code}).`)));
  return (html) =>
    new Promise((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, html } satisfies GlossaryRequest, [html]);
    });
}
