import type { PageContent } from './pages.ts';
import { pageHeaders, renderInShell, type Shell } from './shell.ts';

const baseHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

/** A JSON answer that no cache keeps. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...baseHeaders, 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** A one-line plain-text answer, for clients that are not a person's browser. */
export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8', ...headers },
  });
}

/** A whole HTML page in the site's layout, with the site's security headers. */
export function pageResponse(
  status: number,
  shell: Shell | null,
  page: PageContent,
  headers: Record<string, string> = {},
): Response {
  const allHeaders = pageHeaders(shell);
  for (const [name, value] of Object.entries(headers)) allHeaders.set(name, value);
  return new Response(renderInShell(shell, page.title, page.content), { status, headers: allHeaders });
}

/** "See other": after a form POST, the browser GETs `location` (the Post/Redirect/Get pattern). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { ...baseHeaders, location } });
}
