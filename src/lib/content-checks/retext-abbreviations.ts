import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report } from './messages.ts';
import { proseIndex } from './prose-index.ts';

/** Short forms everyone knows, which need no glossary entry. */
export const everydayAbbreviations = new Set([
  'NHS',
  'UK',
  'BBC',
  'MP',
  'OK',
  'PDF',
  'CSV',
  'RSS',
  'URL',
  'A',
  'I',
  'AA',
  'WCAG',
  'ICO',
  'DfE',
]);

/** A word written in capitals (two or more), perhaps with digits or a plural s: "EHCP", "SEN2", "PRUs". */
const shortFormPattern = /^([A-Z][A-Za-z]*[A-Z][A-Z0-9]*|[A-Z]{2,}[0-9]*)(s?)$/;

/** Warns about abbreviations that are not in the glossary, so families can always look them up. */
export default function retextAbbreviations(options: { known: ReadonlySet<string> }) {
  return (tree: Root, file: VFile) => {
    const warned = new Set<string>();
    for (const { node: word, text } of proseIndex(tree).words) {
      const match = shortFormPattern.exec(text);
      const short = match?.[1];
      if (!short || options.known.has(short) || everydayAbbreviations.has(short) || warned.has(short)) continue;
      warned.add(short);
      report(
        file,
        'warning',
        'abbreviation-not-in-glossary',
        `"${short}" is not in the glossary. Add it to content/glossary.yaml, or write the words out in full.`,
        word.position,
      );
    }
  };
}
