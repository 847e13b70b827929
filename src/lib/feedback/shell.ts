import { escapeHtml, type SafeHtml } from './html.ts';

/** The site page whose layout (header, footer, styles, scripts) the function pages borrow. */
export const shellPath = '/feedback/';

/** The title of the shell page, which the function pages replace with their own. */
export const shellTitle = 'Give feedback';

/** Marks where the shell page's own content starts and ends, so the function pages can put theirs there. */
export const shellMarkers = {
  start: '<template data-app-shell="start"></template>',
  end: '<template data-app-shell="end"></template>',
} as const;

/** A built page to put content into, with the security headers the CDN served it with. */
export interface Shell {
  html: string;
  headers: Headers;
}

/**
 * Headers for pages a function renders when the shell could not be fetched: Netlify applies
 * netlify.toml's headers to static files only, so function responses carry their own.
 */
const fallbackHeaders: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** The headers from the shell worth copying onto a page rendered by a function. */
const copiedHeaders = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
  'strict-transport-security',
  'cross-origin-opener-policy',
];

/** A plain page in the site's language, for when the real layout cannot be fetched. */
function fallbackShell(): Shell {
  const page = `<!doctype html>
<html lang="en-GB" class="govuk-template">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${shellTitle}</title></head>
<body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">${shellMarkers.start}${shellMarkers.end}</main></div></body>
</html>`;
  return { html: page, headers: new Headers(fallbackHeaders) };
}

/** Security headers for a function's HTML page: the site's own when the shell came from the CDN. */
export function pageHeaders(shell: Shell | null): Headers {
  const source = shell ?? fallbackShell();
  const headers = new Headers();
  for (const name of copiedHeaders) {
    const value = source.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (!headers.has('content-security-policy'))
    for (const [name, value] of Object.entries(fallbackHeaders)) headers.set(name, value);
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('cache-control', 'no-store');
  return headers;
}

/**
 * A whole page: the shell's layout with `content` in place of the shell's own content and
 * `title` in place of its title ("Error: " first when the page shows errors, as GOV.UK does).
 */
export function renderInShell(shell: Shell | null, title: string, content: SafeHtml): string {
  let page = shell?.html ?? '';
  const start = page.indexOf(shellMarkers.start);
  const end = page.indexOf(shellMarkers.end);
  if (start === -1 || end < start) page = fallbackShell().html;
  const from = page.indexOf(shellMarkers.start) + shellMarkers.start.length;
  const to = page.indexOf(shellMarkers.end);
  const withContent = page.slice(0, from) + content.value + page.slice(to);
  return withContent.replace(`<title>${shellTitle}`, `<title>${escapeHtml(title)}`);
}

/** Fetches the shell page from the site itself, keeping it for a minute; null if it cannot be had. */
export function shellLoader(
  fetchImpl: typeof fetch = fetch,
  maxAgeMs = 60_000,
): (request: Request) => Promise<Shell | null> {
  const cache = new Map<string, { at: number; shell: Shell }>();
  return async (request) => {
    const origin = new URL(request.url).origin;
    const cached = cache.get(origin);
    if (cached && Date.now() - cached.at < maxAgeMs) return cached.shell;
    try {
      const response = await fetchImpl(new URL(shellPath, origin), {
        redirect: 'manual',
        signal: AbortSignal.timeout(3_000),
      });
      if (!response.ok) return null;
      const shell = { html: await response.text(), headers: response.headers };
      if (!shell.html.includes(shellMarkers.start)) return null;
      cache.set(origin, { at: Date.now(), shell });
      return shell;
    } catch {
      return null;
    }
  };
}
