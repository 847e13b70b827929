/**
 * Progressive enhancement of the feedback forms (src/components/FeedbackForms.astro).
 * Without this script the forms post to /api/feedback and the server answers with pages.
 * With it, the forms get GOV.UK's character count and conditional reveal at once, and are
 * checked with the same schema and sent in place by src/scripts/feedback-send.ts. That part
 * carries zod and the forms' markup (about 27 KB gzipped, against a 15 KiB budget for all of a
 * content page's CSS and JavaScript: bench/README.md), so it is fetched only when someone starts
 * to use a form, as search is (DESIGN.md, "Search starts loading early").
 */
import { enhance, focus } from './feedback-enhance.ts';

let sender: Promise<typeof import('./feedback-send.ts')> | undefined;

/** The sending code, fetched once; a failed fetch (offline, say) may be tried again. */
function loadSender(): Promise<typeof import('./feedback-send.ts')> {
  sender ??= import('./feedback-send.ts');
  sender.catch(() => {
    sender = undefined;
  });
  return sender;
}

const feedbackFormOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLFormElement>('form[data-app-feedback-form]') : null;

// Someone is about to use a form (a tap, a click or a Tab into it; Safari does not focus buttons on click): fetch the sending code now.
for (const type of ['focusin', 'pointerdown']) {
  document.addEventListener(type, (event) => {
    if (feedbackFormOf(event.target)) void loadSender().catch(() => undefined);
  });
}

function fieldsOf(form: HTMLFormElement, submitter: HTMLElement | null): Record<string, string> {
  const fields: Record<string, string> = {};
  new FormData(form).forEach((value, name) => {
    if (typeof value === 'string' && !(name in fields)) fields[name] = value;
  });
  if (submitter instanceof HTMLButtonElement && submitter.name) fields[submitter.name] = submitter.value;
  return fields;
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('[data-app-feedback-form]')) return;
  // Set below when the sending code could not load: this time the form goes to the server as it would without JavaScript.
  if (form.dataset.appSendNatively) return;
  event.preventDefault();
  if (form.dataset.appSending) return;
  form.dataset.appSending = 'true';
  const submitter = event.submitter;
  const fields = fieldsOf(form, submitter);
  void loadSender()
    .then(
      ({ submitFeedback }) => submitFeedback(form, fields),
      () => {
        form.dataset.appSendNatively = 'true';
        form.requestSubmit(
          submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null,
        );
      },
    )
    .finally(() => delete form.dataset.appSending);
});

// GOV.UK's error summary: a link moves focus to its field and shows the field's label or legend.
document.addEventListener('click', (event) => {
  const link =
    event.target instanceof Element
      ? event.target.closest<HTMLAnchorElement>('[data-app-error-summary] a[href^="#"]')
      : null;
  const field = link ? document.getElementById(link.hash.slice(1)) : null;
  if (!link || !field) return;
  event.preventDefault();
  const caption =
    field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${field.id}"]`) ?? field;
  caption.scrollIntoView();
  field.focus({ preventScroll: true });
});

enhance(document);
// A page that arrives with errors (posted without this script) gets the summary focused, as GOV.UK does.
const summaryOnLoad = document.querySelector<HTMLElement>('[data-app-error-summary]');
if (summaryOnLoad) focus(summaryOnLoad);
