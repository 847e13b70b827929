import { siteConfig } from '../../site.config.ts';
import { feedbackLimits } from './limits.ts';

const formatNumber = (value: number) => value.toLocaleString('en-GB');

/**
 * Every error message a person can see on the feedback forms, in GOV.UK's wording
 * (https://design-system.service.gov.uk/components/error-message/#be-clear-and-concise).
 * Used by the browser and the server alike, so both say exactly the same thing.
 */
export const feedbackMessages = {
  messageMissing: 'Enter what you want to tell us',
  messageTooLong: `What you want to tell us must be ${formatNumber(feedbackLimits.messageMaxLength)} characters or less`,
  replyMissing: 'Select yes if you want us to reply',
  emailMissing: 'Enter your email address',
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  councilMissing: 'Select which council your feedback is about',
  usefulMissing: 'Select yes if this page is useful',
  formUnknown: 'Send "form" as "useful" or "problem"',
  notAnObject: 'Send the feedback as a form or as a JSON object',
  unreadable: 'The feedback could not be read. Send it as a form or as JSON',
  serviceUnavailable: 'Sorry, there is a problem with the service. Your feedback has not been sent. Try again later.',
  crossSite: 'Feedback can only be sent from the pages of this website',
  tooLarge: `Your feedback is too long to send. Go back, shorten it to ${formatNumber(feedbackLimits.messageMaxLength)} characters or less and send it again.`,
  retention: `We delete feedback ${formatNumber(siteConfig.feedbackRetentionDays)} days after you send it.`,
} as const;
