import { phrasesOf, type GlossaryWords } from './glossary-words.ts';
import { words } from './normalise.ts';
import { readQuery } from './question.ts';

/** Something close to what was typed, to search for instead. */
export interface Suggestion {
  /** What to search for: the query with each misspelt word put right. */
  text: string;
  /** The glossary term it stands for, when the suggestion is another way of saying one ("tribunal" for "SEND Tribunal"). */
  term?: string | undefined;
}

/**
 * How many single-letter changes turn one text into the other: insertions, deletions,
 * substitutions and swaps of neighbouring letters ("reveiw" is one change from "review").
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, (before[j - 2] ?? 0) + 1);
      current.push(distance);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The most changes still worth suggesting: two at most (the rule: "transport" is three
 * from "transfer", so never offered), and one for short words, or "SEN" would suggest "CCG".
 */
export function allowedDistance(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/** Words in the index close to `word`, closest first, then in the vocabulary's order (most used first). */
export function closeWords(word: string, vocabulary: readonly string[], limit = 3): string[] {
  return vocabulary
    .map((known, order) => ({ known, order, distance: editDistance(word, known) }))
    .filter((item) => item.distance > 0 && item.distance <= allowedDistance(word))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map((item) => item.known);
}

/**
 * Queries to try instead of one that found nothing: each key word the index does not have is
 * swapped for a close word it does have, up to `limit` queries, best first. The caller keeps
 * only those that find pages (src/lib/search/run-search.ts), so no suggestion leads nowhere.
 */
export function spellingCandidates(query: string, vocabulary: readonly string[], limit = 3): string[] {
  const known = new Set(vocabulary);
  const { keyWords } = readQuery(query);
  const options = keyWords.map((word) => (known.has(word) ? [word] : [...closeWords(word, vocabulary), word]));
  if (options.every((choices) => choices.length === 1)) return [];
  // One candidate per choice for the first misspelt word, with every other word at its best choice.
  const first = options.findIndex((choices) => choices.length > 1);
  const best = options.map((choices) => choices[0] ?? '');
  const candidates = (options[first] ?? [])
    .filter((choice) => choice !== keyWords[first])
    .map((choice) => best.map((word, index) => (index === first ? choice : word)).join(' '));
  return [...new Set(candidates)].filter((text) => text !== keyWords.join(' ')).slice(0, limit);
}

/** The suggestion for a query to show, naming the glossary term when it is another way of saying one. */
export function suggestionFor(text: string, glossary: readonly GlossaryWords[]): Suggestion {
  const key = words(text).join(' ');
  const entry = glossary.find((candidate) => phrasesOf(candidate).some((phrase) => words(phrase).join(' ') === key));
  return { text, term: entry?.term };
}
