import { thankYouPage } from './pages.ts';
import { sanitisePagePath } from './page-path.ts';
import { pageResponse, textResponse } from './respond.ts';
import type { Shell } from './shell.ts';

/** Where a person lands after sending feedback without JavaScript. */
export const thankYouPath = '/feedback/thank-you/';

/** The thank-you address for feedback about `page`; `askWhatWasWrong` after a "No" vote. */
export function thankYouLocation(page: string | null, askWhatWasWrong: boolean): string {
  const query = new URLSearchParams({ page: page ?? '/' });
  if (askWhatWasWrong) query.set('useful', 'no');
  return `${thankYouPath}?${query}`;
}

/**
 * The thank-you page, rendered on request because a static page cannot read its query string
 * without JavaScript: it links back to the page in `?page=` (made safe first) and, after a
 * "No" vote, asks what was wrong.
 */
export async function handleThankYou(
  request: Request,
  loadShell: (request: Request) => Promise<Shell | null>,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return textResponse(405, 'Use GET for this page', { allow: 'GET, HEAD' });
  const query = new URL(request.url).searchParams;
  const page = sanitisePagePath(query.get('page')) ?? '/';
  const shell = await loadShell(request);
  const response = pageResponse(200, shell, thankYouPage(page, query.get('useful') === 'no'));
  return request.method === 'HEAD'
    ? new Response(null, { status: response.status, headers: response.headers })
    : response;
}
