/** The limits the feedback form, its endpoint and the privacy notice agree on. */
export const feedbackLimits = {
  /** Longest message, in characters as the browser counts them (UTF-16 code units, like GOV.UK's character count). */
  messageMaxLength: 1200,
  /** Longest email address a mail system accepts (RFC 5321 path limit). */
  emailMaxLength: 254,
  /** Largest request body the endpoint reads, in bytes. A full form in any script is well under this. */
  bodyMaxBytes: 16 * 1024,
  /** Longest page address kept with a submission. */
  pageMaxLength: 300,
} as const;
