import { editorPagePath, editorPageResponse } from '../lib/cms/admin-response.ts';

/**
 * GET /admin/: the browser editor, with its own Content-Security-Policy. Netlify applies
 * netlify.toml's headers to static files only, never to a function's response (docs: "Custom
 * headers", Limitations; @netlify/dev does the same), so serving this one page through a function
 * gives it its policy whatever Netlify does where header rules overlap, and every other page keeps
 * the site's policy exactly.
 */
export default async (request: Request): Promise<Response> =>
  editorPageResponse(await fetch(new URL(editorPagePath, request.url)));

// Netlify reads this object without running the code, so its values must be literals.
export const config = {
  path: '/admin/',
};
