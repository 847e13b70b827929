/**
 * Checking and sending the feedback forms in place, loaded by src/scripts/feedback.ts only when
 * someone starts to use a form: it carries the shared zod schema and the forms' markup, which
 * most visitors never need. The result shows in place with focus moved as GOV.UK does: to the
 * error summary when there are errors (govuk-frontend error-summary.mjs), to the thank-you
 * message when sent (GOV.UK's feedback component, govuk_publishing_components feedback.js).
 */
import { html } from '../lib/feedback/html.ts';
import { feedbackMessages } from '../lib/feedback/messages.ts';
import {
  feedbackEndpoint,
  renderErrorSummary,
  renderProblemForm,
  type ProblemValues,
} from '../lib/feedback/render-forms.ts';
import { parseFeedback, type FieldErrors } from '../lib/feedback/schema.ts';
import { newSubmissionId } from '../lib/feedback/submission-id.ts';
import { enhance, focus, fromHtml } from './feedback-enhance.ts';

type SendResult = { ok: true } | { ok: false; errors?: FieldErrors };

async function send(fields: Record<string, string>): Promise<SendResult> {
  try {
    const response = await fetch(feedbackEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(fields),
    });
    if (response.ok) return { ok: true };
    if (response.status === 400) {
      const body = (await response.json().catch(() => ({}))) as { errors?: FieldErrors };
      return { ok: false, ...(body.errors ? { errors: body.errors } : {}) };
    }
    return { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Puts the problem form back with what was typed, each error at its field and the summary first, then focuses the summary. */
function showProblemErrors(form: HTMLFormElement, fields: Record<string, string>, errors: FieldErrors | null): void {
  const values: ProblemValues = {
    message: fields.message,
    reply: fields.reply,
    email: fields.email,
    council: fields.council,
  };
  const idPrefix = form.dataset.appIdPrefix ?? 'feedback';
  const replacement = fromHtml(
    renderProblemForm({ page: fields.page ?? '/', idPrefix, values, errors: errors ?? {} }).value,
  );
  if (!errors)
    replacement.prepend(fromHtml(renderErrorSummary({}, { description: feedbackMessages.serviceUnavailable }).value));
  // The same submission sent again keeps its id, so if the first try was stored after all it is not stored twice.
  const newForm = replacement instanceof HTMLFormElement ? replacement : replacement.querySelector('form');
  if (newForm && form.dataset.appSubmissionId) newForm.dataset.appSubmissionId = form.dataset.appSubmissionId;
  form.replaceWith(replacement);
  enhance(replacement);
  const summary = replacement.querySelector<HTMLElement>('[data-app-error-summary]');
  if (summary) focus(summary);
}

function showThanks(form: HTMLFormElement, extra: string | null): void {
  const thanks = fromHtml(
    html`<div class="app-feedback-thanks" data-app-feedback-thanks><p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">Thank you for your feedback</p>${extra ? html`<p class="govuk-body">${extra}</p>` : ''}</div>`
      .value,
  );
  form.replaceWith(thanks);
  focus(thanks);
}

async function submitProblem(form: HTMLFormElement, fields: Record<string, string>): Promise<void> {
  const checked = parseFeedback(fields);
  if (!checked.success) return showProblemErrors(form, fields, checked.errors);
  const result = await send(fields);
  if (result.ok) return showThanks(form, fields.reply === 'yes' ? 'We will reply to you by email.' : null);
  showProblemErrors(form, fields, result.errors ?? null);
}

/** The error summary just before a form, if there is one. */
function summaryBefore(form: HTMLFormElement): HTMLElement | null {
  const previous = form.previousElementSibling;
  return previous instanceof HTMLElement && previous.matches('[data-app-error-summary]') ? previous : null;
}

async function submitUseful(form: HTMLFormElement, fields: Record<string, string>): Promise<void> {
  const result = await send(fields);
  if (!result.ok) {
    let summary = summaryBefore(form);
    if (!summary) {
      summary = fromHtml(renderErrorSummary({}, { description: feedbackMessages.serviceUnavailable }).value);
      form.before(summary);
    }
    focus(summary);
    return;
  }
  summaryBefore(form)?.remove();
  const details = form.closest('[data-app-feedback]')?.querySelector<HTMLDetailsElement>('[data-app-feedback-details]');
  if (fields.useful === 'no' && details) {
    // As on GOV.UK, "No" opens the form that asks what was wrong.
    details.open = true;
    showThanks(form, 'Tell us what was wrong or missing in the form below.');
  } else {
    showThanks(form, null);
  }
}

/**
 * Checks and sends one form's fields, then shows the errors or the thanks in place of the form.
 * Each submission gets its id here, when it is first sent, and keeps it for every resend.
 */
export function submitFeedback(form: HTMLFormElement, fields: Record<string, string>): Promise<void> {
  form.dataset.appSubmissionId ??= newSubmissionId();
  fields.id = form.dataset.appSubmissionId;
  return form.dataset.appFeedbackForm === 'useful' ? submitUseful(form, fields) : submitProblem(form, fields);
}
