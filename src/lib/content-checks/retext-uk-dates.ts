import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report } from './messages.ts';
import { proseIndex } from './prose-index.ts';

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Dates written in ways GOV.UK style does not use, with why. */
const wrongDates: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/, reason: 'numbers only' },
  {
    pattern: new RegExp(`\\b(${months})\\s+\\d{1,2}(st|nd|rd|th)?\\b,?\\s+\\d{4}`),
    reason: 'the month before the day',
  },
  { pattern: /\b\d{1,2}(st|nd|rd|th)\s+(of\s+)?[A-Z][a-z]+\s+\d{4}\b/, reason: 'an ordinal such as "1st"' },
];

/** Fails a sentence with a date not written the GOV.UK way: "27 December 2021". */
export default function retextUkDates() {
  return (tree: Root, file: VFile) => {
    for (const { node: sentence, text } of proseIndex(tree).sentences) {
      for (const { pattern, reason } of wrongDates) {
        const found = pattern.exec(text);
        if (found) {
          report(
            file,
            'error',
            'date-format',
            `Write "${found[0]}" as a UK date like "27 December 2021", not with ${reason}.`,
            sentence.position,
          );
        }
      }
    }
  };
}
