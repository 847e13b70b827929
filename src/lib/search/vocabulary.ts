import { words } from './normalise.ts';

/** Shorter words are not worth suggesting: too many are a letter or two from each other. */
const minLength = 3;

/**
 * The words "Did you mean" may suggest, most used first: every word of the given texts (page
 * titles, descriptions and the glossary), all of which Pagefind indexes. Numbers are left out.
 */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of words(text))
      if (word.length >= minLength && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
