/**
 * Progressive enhancement of the feedback forms (src/components/FeedbackForms.astro).
 * Without this script the forms post to /api/feedback and the server answers with pages;
 * with it, the same schema checks them here, they are sent with fetch, and the result shows
 * in place with focus moved as GOV.UK does: to the error summary when there are errors
 * (govuk-frontend error-summary.mjs), to the thank-you message when sent (GOV.UK's feedback
 * component, govuk_publishing_components feedback.js).
 */
import { html } from '../lib/feedback/html.ts';
import { feedbackMessages } from '../lib/feedback/messages.ts';
import { feedbackEndpoint, renderErrorSummary, renderProblemForm, type ProblemValues } from '../lib/feedback/render-forms.ts';
import { parseFeedback, type FieldErrors } from '../lib/feedback/schema.ts';

type SendResult = { ok: true } | { ok: false; errors?: FieldErrors };

function fromHtml(markup: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild as HTMLElement;
}

function focus(element: HTMLElement): void {
  element.setAttribute('tabindex', '-1');
  element.focus();
}

/** GOV.UK's character count: a live count under the box, announced to screen readers after a pause in typing. */
function enhanceCharacterCount(group: HTMLElement): void {
  const textarea = group.querySelector('textarea');
  const hint = group.querySelector<HTMLElement>('.govuk-character-count__message');
  const maxLength = Number(group.dataset.maxlength);
  if (!textarea || !hint || !maxLength) return;
  hint.classList.add('govuk-visually-hidden');
  const visible = fromHtml('<div class="govuk-hint govuk-character-count__message" aria-hidden="true"></div>');
  const spoken = fromHtml('<div class="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite"></div>');
  hint.after(visible, spoken);
  let timer: number | undefined;
  const update = (announce: boolean) => {
    const remaining = maxLength - textarea.value.length;
    const count = Math.abs(remaining).toLocaleString('en-GB');
    const text = remaining < 0 ? `You have ${count} character${remaining === -1 ? '' : 's'} too many` : `You have ${count} character${remaining === 1 ? '' : 's'} remaining`;
    visible.textContent = text;
    visible.classList.toggle('govuk-hint', remaining >= 0);
    visible.classList.toggle('govuk-error-message', remaining < 0);
    textarea.classList.toggle('govuk-textarea--error', remaining < 0 || group.classList.contains('govuk-form-group--error'));
    window.clearTimeout(timer);
    if (announce) timer = window.setTimeout(() => (spoken.textContent = text), 1000);
  };
  textarea.addEventListener('input', () => update(true));
  update(false);
}

/** GOV.UK's conditional reveal: the email field shows only while "Yes" is chosen. */
function enhanceConditionalRadios(group: HTMLElement): void {
  const inputs = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const sync = () => {
    for (const input of inputs) {
      const id = input.dataset.ariaControls;
      const panel = id ? document.getElementById(id) : null;
      if (!id || !panel) continue;
      input.setAttribute('aria-controls', id);
      panel.hidden = !input.checked;
    }
  };
  group.addEventListener('change', sync);
  sync();
}

function enhance(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-app-character-count]').forEach(enhanceCharacterCount);
  root.querySelectorAll<HTMLElement>('[data-app-radios]').forEach(enhanceConditionalRadios);
}

function fieldsOf(form: HTMLFormElement, submitter: HTMLElement | null): Record<string, string> {
  const fields: Record<string, string> = {};
  new FormData(form).forEach((value, name) => {
    if (typeof value === 'string' && !(name in fields)) fields[name] = value;
  });
  if (submitter instanceof HTMLButtonElement && submitter.name) fields[submitter.name] = submitter.value;
  return fields;
}

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
  const values: ProblemValues = { message: fields.message, reply: fields.reply, email: fields.email, council: fields.council };
  const idPrefix = form.dataset.appIdPrefix ?? 'feedback';
  const replacement = fromHtml(renderProblemForm({ page: fields.page ?? '/', idPrefix, values, errors: errors ?? {} }).value);
  if (!errors) replacement.prepend(fromHtml(renderErrorSummary({}, { description: feedbackMessages.serviceUnavailable }).value));
  form.replaceWith(replacement);
  enhance(replacement);
  const summary = replacement.querySelector<HTMLElement>('[data-app-error-summary]');
  if (summary) focus(summary);
}

function showThanks(form: HTMLFormElement, extra: string | null): void {
  const thanks = fromHtml(
    html`<div class="app-feedback-thanks" data-app-feedback-thanks><p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">Thank you for your feedback</p>${extra ? html`<p class="govuk-body">${extra}</p>` : ''}</div>`.value,
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

/** The error summary just before a form, created if it is not there yet. */
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

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('[data-app-feedback-form]')) return;
  event.preventDefault();
  if (form.dataset.appSending) return;
  form.dataset.appSending = 'true';
  const fields = fieldsOf(form, event.submitter);
  const submit = form.dataset.appFeedbackForm === 'useful' ? submitUseful : submitProblem;
  void submit(form, fields).finally(() => delete form.dataset.appSending);
});

// GOV.UK's error summary: a link moves focus to its field and shows the field's label or legend.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('[data-app-error-summary] a[href^="#"]') : null;
  const field = link ? document.getElementById(link.hash.slice(1)) : null;
  if (!link || !field) return;
  event.preventDefault();
  const caption = field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${field.id}"]`) ?? field;
  caption.scrollIntoView();
  field.focus({ preventScroll: true });
});

enhance(document);
// A page that arrives with errors (posted without this script) gets the summary focused, as GOV.UK does.
const summaryOnLoad = document.querySelector<HTMLElement>('[data-app-error-summary]');
if (summaryOnLoad) focus(summaryOnLoad);
