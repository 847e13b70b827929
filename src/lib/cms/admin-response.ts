/**
 * The Content-Security-Policy of the editor page at /admin/ alone. Decap CMS needs more than the
 * site's policy allows: it talks to GitHub's API and Netlify's sign-in, and it styles itself with
 * <style> elements it writes at run time (emotion), and it compiles its config checks at run time.
 * Nothing else is loosened, and it still loads scripts only from this site.
 */
export const editorPolicy = [
  "default-src 'self'",
  // Decap checks its configuration with Ajv, which compiles each check into a function at run time
  // (new Function): without 'unsafe-eval' the editor stops before its sign-in screen (seen in Chromium).
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https://api.github.com https://api.netlify.com",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/** Where the function finds the editor page the build wrote (it serves it with the policy above). */
export const editorPagePath = '/admin/index.html';

/**
 * The editor page's response: the built page with every header the CDN gave it except its
 * Content-Security-Policy, which becomes the editor's. Search engines are told not to index it.
 */
export function editorPageResponse(page: Response): Response {
  if (!page.ok) return new Response('The editor page is missing from this build.\n', { status: 502 });
  const headers = new Headers(page.headers);
  headers.set('content-security-policy', editorPolicy);
  headers.set('x-robots-tag', 'noindex, nofollow');
  headers.set('cache-control', 'no-cache');
  for (const name of ['content-length', 'content-encoding', 'etag']) headers.delete(name);
  return new Response(page.body, { status: 200, headers });
}
