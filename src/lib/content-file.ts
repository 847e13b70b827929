/**
 * The content file a page is rendering, which a route stores in `Astro.locals.contentFile` before it renders
 * the entry, so a component in MDX can name the file in its error. Falls back to the page's address.
 */
export function contentFileOf(locals: object, url: URL): string {
  const file = (locals as { contentFile?: unknown }).contentFile;
  return typeof file === 'string' ? file : `the page ${url.pathname}`;
}
