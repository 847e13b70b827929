import { z } from 'zod';
import { siteConfig } from '../../site.config.ts';
import { feedbackLimits } from './limits.ts';
import { feedbackMessages as messages } from './messages.ts';
import { sanitisePagePath } from './page-path.ts';

/** The councils a person can say their feedback is about, from the site configuration, then "Not sure". */
export const councilChoices = [...siteConfig.councils, 'Not sure'] as const;

const yesNo = ['yes', 'no'] as const;

// Control characters other than tab and newline mean nothing in a message and upset spreadsheets.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * What they want to tell us. Browsers send a textarea's line breaks as CRLF but count them as
 * one character: count them as the browser does. `overwrite` rather than `transform` keeps this
 * one schema, so a bad message does not stop the email address being checked too.
 */
const messageText = z
  .string({ error: messages.messageMissing })
  .overwrite((value) => value.replace(/\r\n?/g, '\n').replace(controlCharacters, ''))
  .trim()
  .max(feedbackLimits.messageMaxLength, { error: messages.messageTooLong })
  // Only spaces and invisible characters (such as zero-width spaces) is nothing to read.
  .refine((value) => /[^\s\p{Cf}]/u.test(value), { error: messages.messageMissing });

/** The page the form was on: never an error, because people cannot see or fix it; bad values become null. */
const pageField = z.unknown().optional().transform(sanitisePagePath);

/** "Is this page useful? Yes / No". */
export const usefulSchema = z.object({
  form: z.literal('useful'),
  useful: z.enum(yesNo, { error: messages.usefulMissing }),
  page: pageField,
});

const replyAndEmail = z.object({
  reply: z.enum(yesNo),
  email: z.string().trim().optional(),
});
const emailFormat = z
  .email({ error: messages.emailFormat })
  .max(feedbackLimits.emailMaxLength, { error: messages.emailFormat });

/** "Report a problem with this page": what they want to tell us, whether they want a reply and which council. */
export const problemSchema = z
  .object({
    form: z.literal('problem'),
    message: messageText,
    reply: z.enum(yesNo, { error: messages.replyMissing }),
    email: z.string({ error: messages.emailFormat }).trim().optional(),
    council: z.enum(councilChoices, { error: messages.councilMissing }),
    page: pageField,
  })
  // `when` lets the email be checked even while other fields have errors, so a person
  // sees every problem at once, as GOV.UK asks (https://design-system.service.gov.uk/components/error-summary/).
  .refine((value) => value.reply !== 'yes' || Boolean(value.email), {
    path: ['email'],
    error: messages.emailMissing,
    when: (payload) => replyAndEmail.safeParse(payload.value).success,
  })
  .refine((value) => value.reply !== 'yes' || !value.email || emailFormat.safeParse(value.email).success, {
    path: ['email'],
    error: messages.emailFormat,
    when: (payload) => replyAndEmail.safeParse(payload.value).success,
  })
  // Data minimisation: an email address typed and then "No" chosen is not kept.
  .transform(({ email, ...rest }) => (rest.reply === 'yes' && email ? { ...rest, email } : rest));

/** A valid "useful" vote. */
export type UsefulFeedback = z.output<typeof usefulSchema>;
/** A valid problem report. */
export type ProblemFeedback = z.output<typeof problemSchema>;
/** Either kind of valid submission. */
export type Feedback = UsefulFeedback | ProblemFeedback;

/** Every field a person can get an error on, plus `form` for submissions that are not either kind. */
export type FeedbackField = 'form' | 'useful' | 'message' | 'reply' | 'email' | 'council';

/** One message per field, in the order the fields appear on the form. */
export type FieldErrors = Partial<Record<FeedbackField, string>>;

/** What `parseFeedback` found: the clean submission, or a message for each field that needs fixing. */
export type ParseResult = { success: true; data: Feedback } | { success: false; errors: FieldErrors };

const fieldOrder: readonly FeedbackField[] = ['form', 'useful', 'message', 'reply', 'email', 'council'];

/** Whether a value is a plain object whose fields can be read (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a submission from either form, in the browser before sending and on the server
 * on arrival, with the same rules and words. `form` says which form it came from; without
 * it, a submission with `useful` is a vote and anything else a problem report.
 */
export function parseFeedback(input: unknown): ParseResult {
  if (!isRecord(input)) return { success: false, errors: { form: messages.notAnObject } };
  const form = input.form === undefined ? ('useful' in input ? 'useful' : 'problem') : input.form;
  const schema = form === 'useful' ? usefulSchema : form === 'problem' ? problemSchema : undefined;
  if (!schema) return { success: false, errors: { form: messages.formUnknown } };
  const result = schema.safeParse({ ...input, form });
  if (result.success) return { success: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && fieldOrder.includes(field as FeedbackField)) {
      errors[field as FeedbackField] ??= issue.message;
    } else {
      errors.form ??= issue.message;
    }
  }
  const ordered: FieldErrors = {};
  for (const field of fieldOrder) if (errors[field]) ordered[field] = errors[field];
  return { success: false, errors: ordered };
}
