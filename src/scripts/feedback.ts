/**
 * Progressive enhancement of the feedback forms (src/components/FeedbackForms.astro).
 * Without this script the forms post to /api/feedback and the server answers with pages.
 * With it, GOV.UK Frontend's own character count, conditional reveal, error summary and button start
 * when a form is shown (src/scripts/feedback-enhance.ts), and the forms are checked with the same
 * schema and sent in place by src/scripts/feedback-send.ts. That part
 * carries zod and the forms' markup (about 27 KB gzipped, against a 15 KiB budget for all of a
 * content page's CSS and JavaScript: bench/README.md), so it is fetched only when someone starts
 * to use a form, as search is (DESIGN.md, "Search starts loading early").
 */
import { enhance } from './feedback-enhance.ts';

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
    .finally(() => {
      delete form.dataset.appSending;
      markErrorsInTitle();
    });
});

/** "Error: " first in the page title while the page shows an error summary, as GOV.UK does and the server's error pages do. */
function markErrorsInTitle(): void {
  const title = document.title.replace(/^Error: /, '');
  document.title = document.querySelector('.govuk-error-summary') ? `Error: ${title}` : title;
}

// A form on the page itself (the "Give feedback" page, or a page the server sent back with errors) starts at once;
// GOV.UK's error summary then takes focus, as it does on GOV.UK.
const main = document.querySelector('main');
if (main?.querySelector('[data-module^="govuk-"]')) void enhance(main);

// The form below every page starts the first time it is opened: most readers never open it.
document.querySelectorAll<HTMLDetailsElement>('[data-app-feedback-details]').forEach((details) => {
  details.addEventListener('toggle', function start() {
    if (!details.open) return;
    details.removeEventListener('toggle', start);
    void enhance(details);
  });
});
