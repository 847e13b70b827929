/**
 * Whether a POST came from another site's page, through a visitor's browser: `Sec-Fetch-Site:
 * cross-site`, or an `Origin` that is not the request's own (so deploy previews and 127.0.0.1
 * work without a list). A form is a CORS "simple" request, so without this any page could post
 * feedback from every visitor's browser. Requests with neither header (old browsers, scripts)
 * pass, and `Origin: null` (sandboxed frames, some redirects) counts as no Origin: only
 * Sec-Fetch-Site can then say it is cross-site.
 */
export function isCrossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site')?.trim().toLowerCase() === 'cross-site') return true;
  const origin = request.headers.get('origin')?.trim();
  if (!origin || origin === 'null') return false;
  return origin.toLowerCase() !== new URL(request.url).origin;
}
