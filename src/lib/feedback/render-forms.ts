import { paths } from '../urls.ts';
import { html, type SafeHtml } from './html.ts';
import { feedbackLimits } from './limits.ts';
import { feedbackMessages } from './messages.ts';
import { councilChoices, type FeedbackField, type FieldErrors } from './schema.ts';

/** Where both forms post: the Netlify Function in production, the local server under `npm start`. */
export const feedbackEndpoint = '/api/feedback';

/** What a person typed into the problem form, kept as typed so nothing is lost when there is an error. */
export interface ProblemValues {
  message?: string | undefined;
  reply?: string | undefined;
  email?: string | undefined;
  council?: string | undefined;
}

interface FormOptions {
  /** The page the feedback is about. */
  page: string;
  /** Start of every id, so two copies of a form could share a page. */
  idPrefix?: string;
}

/** The id of the control a field's error links to, as GOV.UK's error summary expects. */
export function fieldId(field: FeedbackField, idPrefix = 'feedback'): string {
  switch (field) {
    case 'useful':
      return `${idPrefix}-useful-yes`;
    case 'form':
      return `${idPrefix}-message`;
    default:
      return `${idPrefix}-${field}`;
  }
}

/** GOV.UK's error summary: "There is a problem", then each error linking to its field, or one line of description. */
export function renderErrorSummary(
  errors: FieldErrors,
  options: { idPrefix?: string; description?: string } = {},
): SafeHtml {
  const items = Object.entries(errors) as Array<[FeedbackField, string]>;
  return html`<div class="govuk-error-summary" data-module="govuk-error-summary" data-app-error-summary>
  <div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body">
      ${options.description ? html`<p class="govuk-body">${options.description}</p>` : ''}
      ${
        items.length > 0 &&
        html`<ul class="govuk-list govuk-error-summary__list">
        ${items.map(([field, text]) => html`<li><a href="#${fieldId(field, options.idPrefix)}">${text}</a></li>`)}
      </ul>`
      }
    </div>
  </div>
</div>`;
}

function errorMessage(id: string, text: string | undefined): SafeHtml | '' {
  return text
    ? html`<p id="${id}" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${text}</p>`
    : '';
}

/** The spam trap: a field people never see (the `hidden` attribute) but form-filling robots do. */
function spamTrap(id: string): SafeHtml {
  return html`<div hidden><label for="${id}">Leave this field empty</label> <input type="text" id="${id}" name="website" autocomplete="off" tabindex="-1"></div>`;
}

function hiddenFields(form: 'useful' | 'problem', page: string, trapId: string): SafeHtml {
  return html`<input type="hidden" name="form" value="${form}"><input type="hidden" name="page" value="${page}">${spamTrap(trapId)}`;
}

/** "Is this page useful? Yes / No" as two buttons of one form, which works without JavaScript. */
export function renderUsefulForm({ page, idPrefix = 'feedback' }: FormOptions): SafeHtml {
  return html`<form method="post" action="${feedbackEndpoint}" novalidate class="app-feedback-useful" data-app-feedback-form="useful" data-app-id-prefix="${idPrefix}">
  ${hiddenFields('useful', page, `${idPrefix}-useful-website`)}
  <div class="govuk-button-group">
    <button type="submit" name="useful" value="yes" id="${idPrefix}-useful-yes" class="govuk-button govuk-button--secondary">Yes <span class="govuk-visually-hidden">this page is useful</span></button>
    <button type="submit" name="useful" value="no" id="${idPrefix}-useful-no" class="govuk-button govuk-button--secondary">No <span class="govuk-visually-hidden">this page is not useful</span></button>
  </div>
</form>`;
}

interface RadioOption {
  value: string;
  text: string;
  conditional?: SafeHtml;
}

function radios(
  name: string,
  id: string,
  legend: string,
  options: readonly RadioOption[],
  checked: string | undefined,
  error: string | undefined,
): SafeHtml {
  const errorId = `${id}-error`;
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
  <fieldset class="govuk-fieldset"${error ? html` aria-describedby="${errorId}"` : ''}>
    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend>
    ${errorMessage(errorId, error)}
    <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
      ${options.map((option, index) => {
        const inputId = index === 0 ? id : `${id}-${index + 1}`;
        const conditionalId = `${inputId}-conditional`;
        return html`<div class="govuk-radios__item">
        <input class="govuk-radios__input" id="${inputId}" name="${name}" type="radio" value="${option.value}"${checked === option.value ? html` checked` : ''}${option.conditional ? html` data-aria-controls="${conditionalId}"` : ''}>
        <label class="govuk-label govuk-radios__label" for="${inputId}">${option.text}</label>
      </div>
      ${option.conditional ? html`<div class="govuk-radios__conditional${checked === option.value ? '' : ' govuk-radios__conditional--hidden'}" id="${conditionalId}">${option.conditional}</div>` : ''}`;
      })}
    </div>
  </fieldset>
</div>`;
}

/**
 * "Report a problem with this page": what they want to tell us (with a character count and a
 * warning not to include details about their child), whether they want a reply and their email
 * if so, and which council it is about. Renders the values and errors it is given, so the same
 * markup serves the page, the no-JavaScript error page and errors shown in place by JavaScript.
 */
export function renderProblemForm({
  page,
  idPrefix = 'feedback',
  values = {},
  errors = {},
  summary = true,
}: FormOptions & { values?: ProblemValues; errors?: FieldErrors; summary?: boolean }): SafeHtml {
  const id = (field: FeedbackField) => fieldId(field, idPrefix);
  const messageId = id('message');
  const messageError = errors.message;
  const describedBy = [`${messageId}-hint`, `${messageId}-info`, messageError ? `${messageId}-error` : '']
    .filter(Boolean)
    .join(' ');
  const maxLength = feedbackLimits.messageMaxLength;
  const emailField = html`<div class="govuk-form-group${errors.email ? ' govuk-form-group--error' : ''}">
  <label class="govuk-label" for="${id('email')}">Email address</label>
  <div id="${id('email')}-hint" class="govuk-hint">We will only use this to reply to you</div>
  ${errorMessage(`${id('email')}-error`, errors.email)}
  <input class="govuk-input${errors.email ? ' govuk-input--error' : ''}" id="${id('email')}" name="email" type="email" spellcheck="false" autocomplete="email" value="${values.email ?? ''}" aria-describedby="${id('email')}-hint${errors.email ? ` ${id('email')}-error` : ''}">
</div>`;
  const hasErrors = Object.keys(errors).length > 0;
  return html`<form method="post" action="${feedbackEndpoint}" novalidate class="app-feedback-form" data-app-feedback-form="problem" data-app-id-prefix="${idPrefix}">
  ${summary && hasErrors ? renderErrorSummary(errors, { idPrefix }) : ''}
  ${hiddenFields('problem', page, `${idPrefix}-website`)}
  <div class="govuk-form-group govuk-character-count${messageError ? ' govuk-form-group--error' : ''}" data-module="govuk-character-count" data-maxlength="${maxLength}">
    <label class="govuk-label govuk-label--s" for="${messageId}">What do you want to tell us?</label>
    <div id="${messageId}-hint" class="govuk-hint">For example, something that is wrong, missing or hard to understand. Do not include personal details about your child, such as their name, school or health needs.</div>
    ${errorMessage(`${messageId}-error`, messageError)}
    <textarea class="govuk-textarea govuk-js-character-count${messageError ? ' govuk-textarea--error' : ''}" id="${messageId}" name="message" rows="5" aria-describedby="${describedBy}">
${values.message ?? ''}</textarea>
    <div id="${messageId}-info" class="govuk-hint govuk-character-count__message">You can enter up to ${maxLength.toLocaleString('en-GB')} characters</div>
  </div>
  ${radios(
    'reply',
    id('reply'),
    'Do you want a reply?',
    [
      { value: 'yes', text: 'Yes', conditional: emailField },
      { value: 'no', text: 'No' },
    ],
    values.reply,
    errors.reply,
  )}
  ${radios(
    'council',
    id('council'),
    'Which council is your feedback about?',
    councilChoices.map((council) => ({ value: council, text: council })),
    values.council,
    errors.council,
  )}
  <p class="govuk-body-s">Read our <a class="govuk-link" href="${paths.page('privacy')}">privacy notice</a> to find out how we use your feedback. ${feedbackMessages.retention}</p>
  <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Send feedback</button>
</form>`;
}
