import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report } from './messages.ts';
import { proseIndex } from './prose-index.ts';
import { wordsToAvoid } from './words-to-avoid.ts';

const patterns = wordsToAvoid.map(({ phrase, instead }) => ({
  phrase,
  instead,
  pattern: new RegExp(`(?<![\\p{L}])${phrase.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu'),
}));

/** Warns about each sentence that uses a word from the GOV.UK list of words to avoid. */
export default function retextWordsToAvoid() {
  return (tree: Root, file: VFile) => {
    for (const { node: sentence, text } of proseIndex(tree).sentences) {
      for (const { phrase, instead, pattern } of patterns) {
        if (pattern.test(text)) {
          report(
            file,
            'warning',
            'word-to-avoid',
            `Avoid "${phrase}": write "${instead}" instead (GOV.UK style guide).`,
            sentence.position,
          );
        }
      }
    }
  };
}
