import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report } from './messages.ts';
import { proseIndex } from './prose-index.ts';

/** GOV.UK advice: keep sentences to 25 words or fewer. */
export const maximumSentenceWords = 25;

/** Warns about each sentence longer than the limit. */
export default function retextSentenceLength() {
  return (tree: Root, file: VFile) => {
    for (const { node: sentence } of proseIndex(tree).sentences) {
      const words = sentence.children.filter((child) => child.type === 'WordNode').length;
      if (words > maximumSentenceWords) {
        report(
          file,
          'warning',
          'long-sentence',
          `This sentence has ${words} words. Split it so no sentence is over ${maximumSentenceWords} words.`,
          sentence.position,
        );
      }
    }
  };
}
