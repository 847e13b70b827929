import type { VFile } from 'vfile';

/** Errors stop the build; warnings are advice an editor can weigh. */
export type Severity = 'error' | 'warning';

/** Names of the checks, used in messages and in the editor guide. */
export type CheckRule =
  | 'reading-age'
  | 'long-sentence'
  | 'word-to-avoid'
  | 'abbreviation-not-in-glossary'
  | 'abbreviation-not-written-out'
  | 'date-format'
  | 'vague-link-text'
  | 'image-alt-text'
  | 'mdx-component'
  | 'review-date-passed';

/** Records a finding on the file, at a node's position, with the rule and its severity. */
export function report(
  file: VFile,
  severity: Severity,
  rule: CheckRule,
  reason: string,
  place?: { start: { line: number; column: number } } | undefined,
): void {
  // A finding is an Error (VFileMessage), but its stack says nothing an editor needs: leaving it out saved a
  // twentieth of the checks' time on pages with many findings.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const message = file.message(reason, { place: place?.start, ruleId: rule, source: 'send-content' });
    message.fatal = severity === 'error';
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}
