import { toFeedbackEntry } from './entry.ts';
import { feedbackKey } from './key.ts';
import { consoleLogger, errorKind, type FeedbackLogger } from './log.ts';
import { feedbackMessages } from './messages.ts';
import { crossSitePage, problemErrorPage, tooLargePage, unavailablePage, usefulErrorPage } from './pages.ts';
import { isCrossSite } from './same-site.ts';
import { sanitisePagePath } from './page-path.ts';
import { bodyKind, readFeedbackBody, type BodyKind } from './read-request.ts';
import type { ProblemValues } from './render-forms.ts';
import { isRecord, parseFeedback, type Feedback, type FieldErrors } from './schema.ts';
import { jsonResponse, pageResponse, seeOther, textResponse } from './respond.ts';
import type { Shell } from './shell.ts';
import type { FeedbackWriter, WriteOutcome } from './store.ts';
import { isSubmissionId, newSubmissionId } from './submission-id.ts';
import { thankYouLocation } from './thank-you.ts';

/** What the handler needs from outside: where to store, and optionally the page layout, the clock and the log. */
export interface FeedbackDependencies {
  store: FeedbackWriter;
  /** The site's layout for HTML answers; without it, a plain page. */
  loadShell?: (request: Request) => Promise<Shell | null>;
  now?: () => Date;
  log?: FeedbackLogger;
}

// Retry-After for a store outage: long enough for a blip to pass, short enough to try again soon.
const retryAfterSeconds = '60';

/** Browsers posting the form without JavaScript get pages; scripts and JSON get JSON. */
function wantsHtml(request: Request, kind: BodyKind | null): boolean {
  const accept = request.headers.get('accept') ?? '';
  return kind === 'form' && !(accept.includes('application/json') && !accept.includes('text/html'));
}

/** The spam trap is a field people cannot see: anything in it means a robot filled the form. */
function caughtBySpamTrap(fields: unknown): boolean {
  if (!isRecord(fields)) return false;
  const trap = fields.website;
  return trap !== undefined && trap !== null && trap !== '' && !(typeof trap === 'string' && trap.trim() === '');
}

/** What was typed, strings only, to put back in the form when it has errors. */
function typedValues(fields: unknown): ProblemValues {
  if (!isRecord(fields)) return {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    message: text(fields.message),
    reply: text(fields.reply),
    email: text(fields.email),
    council: text(fields.council),
  };
}

function isVote(fields: unknown): boolean {
  return isRecord(fields) && (fields.form === 'useful' || (fields.form === undefined && 'useful' in fields));
}

/**
 * Stores under the day and the submission's id: the browser's id when it sent one (so a resend is
 * stored once), otherwise a new one (a form posted without JavaScript). The store throws unless the
 * write is confirmed.
 */
function store(writer: FeedbackWriter, fields: unknown, feedback: Feedback, time: Date): Promise<WriteOutcome> {
  const sent = isRecord(fields) ? fields.id : undefined;
  const id = isSubmissionId(sent) ? sent : newSubmissionId(time.getTime());
  return writer.write(feedbackKey(time, id), toFeedbackEntry(feedback, time));
}

/** What the handler had read when something went wrong, so an error page can keep what they typed. */
interface Seen {
  fields?: unknown;
}

function success(html: boolean, feedback: Feedback | null, page: string | null): Response {
  const askWhatWasWrong = feedback?.form === 'useful' && feedback.useful === 'no';
  return html ? seeOther(thankYouLocation(page, askWhatWasWrong)) : jsonResponse(200, { status: 'received' });
}

async function handle(request: Request, deps: Required<FeedbackDependencies>, seen: Seen): Promise<Response> {
  if (request.method !== 'POST') {
    return textResponse(405, 'Send feedback with POST', { allow: 'POST' });
  }
  if (isCrossSite(request)) {
    // Another site's page posting through a visitor's browser: refuse before reading anything.
    deps.log('feedback.rejected', { status: 403 });
    return wantsHtml(request, bodyKind(request.headers.get('content-type')))
      ? pageResponse(403, await deps.loadShell(request), crossSitePage())
      : jsonResponse(403, { error: feedbackMessages.crossSite });
  }
  const body = await readFeedbackBody(request);
  const html = wantsHtml(request, body.kind);
  if (!body.ok) {
    deps.log('feedback.rejected', { status: body.status });
    if (body.status === 415) {
      return textResponse(415, 'Send feedback as application/x-www-form-urlencoded or application/json in UTF-8', {
        'accept-post': 'application/x-www-form-urlencoded, application/json',
      });
    }
    if (body.status === 413) {
      return html
        ? pageResponse(413, await deps.loadShell(request), tooLargePage())
        : jsonResponse(413, { error: feedbackMessages.tooLarge });
    }
    return jsonResponse(400, { errors: { form: feedbackMessages.unreadable } });
  }

  const { fields } = body;
  seen.fields = fields;
  const page = sanitisePagePath(isRecord(fields) ? fields.page : undefined);
  if (caughtBySpamTrap(fields)) {
    // Answer exactly as for real feedback, so the robot learns nothing; store nothing.
    deps.log('feedback.discarded', { reason: 'spam-trap' });
    return success(html, null, page);
  }

  const parsed = parseFeedback(fields);
  if (!parsed.success) {
    deps.log('feedback.invalid', { fields: Object.keys(parsed.errors).join(',') });
    return invalid(request, deps, html, fields, page, parsed.errors);
  }

  const time = deps.now();
  let outcome: WriteOutcome;
  try {
    outcome = await store(deps.store, fields, parsed.data, time);
  } catch (error) {
    deps.log('feedback.store-failed', { error: errorKind(error) });
    return unavailable(request, deps, html, fields, parsed.data, 503, { 'retry-after': retryAfterSeconds });
  }
  deps.log(outcome === 'stored' ? 'feedback.stored' : 'feedback.already-stored', { form: parsed.data.form });
  return success(html, parsed.data, parsed.data.page);
}

/** Not stored because of us, not them: say so, and for a form keep what they typed so they can send it again. */
async function unavailable(
  request: Request,
  deps: Required<FeedbackDependencies>,
  html: boolean,
  fields: unknown,
  feedback: Feedback | null,
  status: 500 | 503,
  headers: Record<string, string> = {},
): Promise<Response> {
  if (!html) return jsonResponse(status, { error: feedbackMessages.serviceUnavailable }, headers);
  const page = feedback?.page ?? sanitisePagePath(isRecord(fields) ? fields.page : undefined) ?? '/';
  const values = feedback?.form === 'useful' || (!feedback && isVote(fields)) ? null : typedValues(fields);
  return pageResponse(status, await deps.loadShell(request), unavailablePage(page, values), headers);
}

async function invalid(
  request: Request,
  deps: Required<FeedbackDependencies>,
  html: boolean,
  fields: unknown,
  page: string | null,
  errors: FieldErrors,
): Promise<Response> {
  if (!html) return jsonResponse(400, { errors });
  const shell = await deps.loadShell(request);
  const content = isVote(fields)
    ? usefulErrorPage(page ?? '/', errors)
    : problemErrorPage(page ?? '/', typedValues(fields), errors);
  return pageResponse(400, shell, content);
}

/**
 * The feedback endpoint: POST a form or JSON (at most 16 KB), validated with the same schema
 * as the browser; 303 to the thank-you page (forms) or 200 (JSON) only once the entry is stored.
 * Bad input gets 400 with a message per field, other methods 405, posts from other sites 403,
 * big bodies 413, other types 415. A store that does not confirm the write answers 503 with
 * Retry-After; a resend of a stored submission (same id) is a success. Our own faults are 500.
 * Logs never contain what was typed.
 */
export async function handleFeedback(request: Request, dependencies: FeedbackDependencies): Promise<Response> {
  const deps: Required<FeedbackDependencies> = {
    store: dependencies.store,
    loadShell: dependencies.loadShell ?? (async () => null),
    now: dependencies.now ?? (() => new Date()),
    log: dependencies.log ?? consoleLogger,
  };
  const seen: Seen = {};
  try {
    return await handle(request, deps, seen);
  } catch (error) {
    // Everything above is meant not to throw, and input errors are answered above: whatever this is,
    // it is our fault, so say so (500) rather than blame what they sent.
    deps.log('feedback.unexpected-error', { error: errorKind(error) });
    try {
      const html = wantsHtml(request, bodyKind(request.headers.get('content-type')));
      return await unavailable(request, deps, html, seen.fields, null, 500);
    } catch {
      return textResponse(500, feedbackMessages.serviceUnavailable);
    }
  }
}
