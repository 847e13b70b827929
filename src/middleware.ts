import { defineMiddleware } from 'astro:middleware';
import { glossaryTerms } from './data/collections.ts';
import { withGlossary, type PageGlossary } from './lib/page-glossary.ts';
import { glossaryThread } from './lib/page-glossary-thread.ts';
import { paths } from './lib/urls.ts';

/** Adds the glossary to a page's HTML, as UTF-8 bytes. */
type AddGlossary = (html: ArrayBuffer) => Promise<Uint8Array<ArrayBuffer>>;

let glossary: Promise<AddGlossary> | undefined;

/**
 * `withGlossary` for the published glossary, read once per build: in a worker thread while building, so
 * the main thread renders other pages meanwhile; in the same thread in `npm run dev`, which renders one page.
 */
function addGlossary(): Promise<AddGlossary> {
  glossary ??= glossaryTerms().then((terms) => {
    const entries = terms.map((entry) => entry.data);
    const read: PageGlossary = {
      entries,
      words: entries.map((entry) => ({ ...entry, otherWords: entry.otherWords ?? [] })),
    };
    return import.meta.env.PROD
      ? glossaryThread(import.meta.env.GLOSSARY_WORKER, read)
      : (html) => Promise.resolve(new TextEncoder().encode(withGlossary(new TextDecoder().decode(html), read)));
  });
  return glossary;
}

/**
 * Links each glossary term once on every page and lets search find the page by any other word for the
 * terms it uses (src/lib/page-glossary.ts), so editors write plain Markdown.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  if (!isHtml || context.url.pathname === paths.glossary()) return response;
  const html = await (await addGlossary())(await response.arrayBuffer());
  return new Response(html, { status: response.status, headers: response.headers });
});
