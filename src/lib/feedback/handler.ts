import { toFeedbackEntry } from './entry.ts';
import { newFeedbackKey } from './key.ts';
import { consoleLogger, errorKind, type FeedbackLogger } from './log.ts';
import { feedbackMessages } from './messages.ts';
import { problemErrorPage, tooLargePage, unavailablePage, usefulErrorPage } from './pages.ts';
import { sanitisePagePath } from './page-path.ts';
import { readFeedbackBody, type BodyKind } from './read-request.ts';
import type { ProblemValues } from './render-forms.ts';
import { parseFeedback, type Feedback, type FieldErrors } from './schema.ts';
import { jsonResponse, pageResponse, seeOther, textResponse } from './respond.ts';
import type { Shell } from './shell.ts';
import type { FeedbackWriter } from './store.ts';
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

/** Stores under a new key, never overwriting: a clash (practically impossible) just takes another key. */
async function store(writer: FeedbackWriter, feedback: Feedback, time: Date): Promise<string> {
  const entry = toFeedbackEntry(feedback, time);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const key = newFeedbackKey(time);
    const { modified } = await writer.setJSON(key, entry, { onlyIfNew: true });
    if (modified) return key;
  }
  throw new Error('No free key after 3 attempts');
}

function success(html: boolean, feedback: Feedback | null, page: string | null): Response {
  const askWhatWasWrong = feedback?.form === 'useful' && feedback.useful === 'no';
  return html ? seeOther(thankYouLocation(page, askWhatWasWrong)) : jsonResponse(200, { status: 'received' });
}

async function handle(request: Request, deps: Required<FeedbackDependencies>): Promise<Response> {
  if (request.method !== 'POST') {
    return textResponse(405, 'Send feedback with POST', { allow: 'POST' });
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
  try {
    await store(deps.store, parsed.data, time);
  } catch (error) {
    deps.log('feedback.store-failed', { error: errorKind(error) });
    const headers = { 'retry-after': retryAfterSeconds };
    if (!html) return jsonResponse(503, { error: feedbackMessages.serviceUnavailable }, headers);
    const values = parsed.data.form === 'problem' ? typedValues(fields) : null;
    return pageResponse(503, await deps.loadShell(request), unavailablePage(parsed.data.page ?? '/', values), headers);
  }
  deps.log('feedback.stored', { form: parsed.data.form });
  return success(html, parsed.data, parsed.data.page);
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
 * Bad input gets 400 with a message per field, other methods 405, big bodies 413, other types
 * 415; no input can cause a 5xx. Only a store outage answers 503, with Retry-After.
 * Logs never contain what was typed.
 */
export async function handleFeedback(request: Request, dependencies: FeedbackDependencies): Promise<Response> {
  const deps: Required<FeedbackDependencies> = {
    store: dependencies.store,
    loadShell: dependencies.loadShell ?? (async () => null),
    now: dependencies.now ?? (() => new Date()),
    log: dependencies.log ?? consoleLogger,
  };
  try {
    return await handle(request, deps);
  } catch (error) {
    // Everything above is meant not to throw; if something does, it came from this request's
    // input (the store has its own 503 above), so the honest answer is still a 4xx.
    deps.log('feedback.unexpected-error', { error: errorKind(error) });
    return jsonResponse(400, { errors: { form: feedbackMessages.unreadable } });
  }
}
