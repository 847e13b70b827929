import { feedbackLimits } from './limits.ts';

// GOV.UK's feedback component strips email addresses from the page address the same way
// (govuk_publishing_components feedback.js): anything@anything up to a separator.
const emailAddress = /[^\s/?#=&@]+@[^\s/?#=&@]+/g;
const placeholderOrigin = 'https://page.invalid';

/**
 * The page a submission is about, as a site path that is safe to store and to link to:
 * only the path (no origin, query string or fragment), with email addresses replaced by
 * `[email]`, at most 300 characters. Returns null for anything that is not a web address.
 */
export function sanitisePagePath(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim().slice(0, 2_000);
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed, placeholderOrigin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape such as "%E0%A4%A": keep the encoded form, which is still a valid path.
  }
  path = path
    .replace(emailAddress, '[email]')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    // Browsers read "\" as "/", and "//" would start another origin: one plain slash only.
    .replace(/[\\/]+/g, '/');
  // Re-encode through URL so what we store is a valid path of this site.
  const safe = new URL(path, placeholderOrigin).pathname.slice(0, feedbackLimits.pageMaxLength);
  return safe.startsWith('/') && !safe.startsWith('//') ? safe : null;
}
