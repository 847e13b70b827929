import type { Root } from 'nlcst';
import { syllable } from 'syllable';
import type { VFile } from 'vfile';
import { report } from './messages.ts';
import { proseIndex } from './prose-index.ts';

/** Pages for families should be readable by a 12-year-old, as most UK adults read best at that level. */
export const targetReadingAge = 12;

/** Pages too short to measure fairly. */
const minimumWords = 30;

/**
 * Syllables per word as written, remembered: the same few thousand words recur across pages, and counting is
 * the check's slowest part. Keyed as written, so a word seen before costs no lower-casing.
 */
const syllableCounts = new Map<string, number>();

function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) syllableCounts.set(word, (count = syllable(word.toLowerCase())));
  return count;
}

/** Counts words, sentences and syllables of a text. */
export function textCounts(tree: Root) {
  const { sentences, words } = proseIndex(tree);
  let syllables = 0;
  for (const word of words) syllables += syllablesOf(word.text);
  return { words: words.length, sentences: sentences.length, syllables };
}

/** Flesch-Kincaid grade level plus five: the usual way to turn a US school grade into a reading age. */
export function readingAge(counts: { words: number; sentences: number; syllables: number }): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  const grade = 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return Math.round((grade + 5) * 10) / 10;
}

/** Warns when a whole page reads above the target age. */
export default function retextReadingAge() {
  return (tree: Root, file: VFile) => {
    const counts = textCounts(tree);
    if (counts.words < minimumWords) return;
    const age = readingAge(counts);
    if (age > targetReadingAge) {
      report(
        file,
        'warning',
        'reading-age',
        `This page has a reading age of about ${age}. Aim for ${targetReadingAge} or under: use shorter sentences and shorter words.`,
      );
    }
  };
}
