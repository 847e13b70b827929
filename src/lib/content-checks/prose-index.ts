import type { Nodes, Root, Sentence, Word } from 'nlcst';

/**
 * A page's sentences and words with their text, worked out in one walk of the prose tree and shared by every
 * prose check (reading age, long sentences, words to avoid, abbreviations, dates): each used to walk the whole
 * tree and join each node's text again (nlcst-to-string), which was a fifth of `npm run check:content`.
 */
export interface ProseIndex {
  /** Every sentence, in order, with its text as nlcst-to-string gives it. */
  sentences: Array<{ node: Sentence; text: string }>;
  /** Every word, in order, with its text. */
  words: Array<{ node: Word; text: string }>;
}

const indexes = new WeakMap<Root, ProseIndex>();

/** The sentences and words of a prose tree, worked out once per tree. */
export function proseIndex(tree: Root): ProseIndex {
  let index = indexes.get(tree);
  if (!index) {
    index = { sentences: [], words: [] };
    collect(tree, index);
    indexes.set(tree, index);
  }
  return index;
}

/** The node's text (the values of its leaves, joined), recording sentences and words on the way. */
function collect(node: Nodes, index: ProseIndex): string {
  if ('value' in node) return node.value;
  let text = '';
  for (const child of node.children) text += collect(child, index);
  if (node.type === 'WordNode') index.words.push({ node, text });
  else if (node.type === 'SentenceNode') index.sentences.push({ node, text });
  return text;
}
