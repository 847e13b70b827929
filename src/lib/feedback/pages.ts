import { html, type SafeHtml } from './html.ts';
import { feedbackMessages } from './messages.ts';
import { renderErrorSummary, renderProblemForm, renderUsefulForm, type ProblemValues } from './render-forms.ts';
import type { FieldErrors } from './schema.ts';

/** A page rendered by a function: its title and what goes in `<main>`. */
export interface PageContent {
  title: string;
  content: SafeHtml;
}

const column = (content: SafeHtml | readonly SafeHtml[]) =>
  html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds" data-abbreviations-ignore>${content}</div></div>`;

const backLink = (page: string) =>
  html`<p class="govuk-body"><a class="govuk-link" href="${page}">Go back to the page you were on</a></p>`;

/**
 * The page a person without JavaScript sees when their feedback has errors: GOV.UK's error summary
 * first, then the form again with everything they typed and a message at each field.
 */
export function problemErrorPage(page: string, values: ProblemValues, errors: FieldErrors): PageContent {
  return {
    title: `Error: Report a problem with this page`,
    content: column([
      renderErrorSummary(errors),
      html`<h1 class="govuk-heading-l">Report a problem with this page</h1>`,
      renderProblemForm({ page, values, errors, summary: false }),
      backLink(page),
    ]),
  };
}

/** The "Is this page useful?" form again, for a vote that arrived without a valid answer. */
export function usefulErrorPage(page: string, errors: FieldErrors): PageContent {
  return {
    title: 'Error: Is this page useful?',
    content: column([
      renderErrorSummary(errors),
      html`<h1 class="govuk-heading-l">Is this page useful?</h1>`,
      renderUsefulForm({ page }),
      backLink(page),
    ]),
  };
}

/** When the feedback could not be stored: say so plainly and keep what they typed so they can send it again. */
export function unavailablePage(page: string, values: ProblemValues | null): PageContent {
  return {
    title: 'Sorry, there is a problem with the service',
    content: column([
      html`<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>`,
      html`<p class="govuk-body">${feedbackMessages.serviceUnavailable}</p>`,
      values ? renderProblemForm({ page, values, summary: false }) : renderUsefulForm({ page }),
      backLink(page),
    ]),
  };
}

/** A post from another website's page: nothing was stored, and the way to send feedback is on our pages. */
export function crossSitePage(): PageContent {
  return {
    title: 'Your feedback was not sent',
    content: column([
      html`<h1 class="govuk-heading-l">Your feedback was not sent</h1>`,
      html`<p class="govuk-body">${feedbackMessages.crossSite}. Use the feedback form at the bottom of any page.</p>`,
      html`<p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p>`,
    ]),
  };
}

/** When the form was too big to read: going back keeps their text in the browser. */
export function tooLargePage(): PageContent {
  return {
    title: 'Your feedback is too long',
    content: column([
      html`<h1 class="govuk-heading-l">Your feedback is too long</h1>`,
      html`<p class="govuk-body">${feedbackMessages.tooLarge}</p>`,
      html`<p class="govuk-body">Your browser's back button takes you back to what you wrote.</p>`,
    ]),
  };
}

/**
 * "Thank you for your feedback", with a link back to the page they came from. After a "No"
 * vote it asks what was wrong, as GOV.UK does, with the problem form for that page.
 */
export function thankYouPage(page: string, askWhatWasWrong: boolean): PageContent {
  return {
    title: 'Thank you for your feedback',
    content: column([
      html`<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Thank you for your feedback</h1></div>`,
      askWhatWasWrong
        ? html`<h2 class="govuk-heading-m">Help us improve this page</h2><p class="govuk-body">Tell us what was wrong or missing.</p>${renderProblemForm({ page })}`
        : html``,
      backLink(page),
    ]),
  };
}
