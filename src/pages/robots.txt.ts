import type { APIRoute } from 'astro';

/**
 * Lets every crawler in, except to the editor at /admin/ (for editors, not families), and points it
 * at the sitemap, at the configured site address.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site).toString();
  return new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
