import { z } from 'zod';
import { councilChoices, type Feedback } from './schema.ts';

/**
 * What is stored for each submission: the fields, the page, the council and the time, and
 * nothing else (no IP address, no browser details). The privacy notice lists the same things.
 */
export const feedbackEntrySchema = z.discriminatedUnion('form', [
  z.strictObject({
    form: z.literal('useful'),
    useful: z.enum(['yes', 'no']),
    page: z.string().nullable(),
    receivedAt: z.iso.datetime(),
  }),
  z.strictObject({
    form: z.literal('problem'),
    message: z.string(),
    reply: z.enum(['yes', 'no']),
    email: z.string().optional(),
    council: z.enum(councilChoices),
    page: z.string().nullable(),
    receivedAt: z.iso.datetime(),
  }),
]);

/** One stored submission. */
export type FeedbackEntry = z.output<typeof feedbackEntrySchema>;

/** The entry to store for a valid submission received at `time`, built field by field so nothing else slips in. */
export function toFeedbackEntry(feedback: Feedback, time: Date): FeedbackEntry {
  const receivedAt = time.toISOString();
  if (feedback.form === 'useful') {
    return { form: 'useful', useful: feedback.useful, page: feedback.page, receivedAt };
  }
  const { message, reply, council, page } = feedback;
  return 'email' in feedback && feedback.email
    ? { form: 'problem', message, reply, email: feedback.email, council, page, receivedAt }
    : { form: 'problem', message, reply, council, page, receivedAt };
}
