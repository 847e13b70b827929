import { phrasesOf, type GlossaryWords } from './expand-query.ts';
import { sameWord, words } from './normalise.ts';

/** Something close to what was typed, to search for instead. */
export interface Suggestion {
  /** What to search for, as the glossary writes it (or the query with a misspelt word put right). */
  text: string;
  /** The glossary term it stands for, to say what the suggestion means, when it is one glossary phrase. */
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

/** The most changes still worth suggesting: short words must be closer, or "SEN" would suggest "CCG". */
function allowedDistance(text: string): number {
  if (text.length <= 4) return 1;
  if (text.length <= 8) return 2;
  return 3;
}

/** Whether two lists of words say the same thing, allowing plurals. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => sameWord(word, b[index] ?? ''));
}

/** Glossary phrases a few letters away from the whole query, closest first, one per glossary entry. */
function closePhrases(
  typed: readonly string[],
  glossary: readonly GlossaryWords[],
): Array<Suggestion & { distance: number }> {
  const text = typed.join(' ');
  return glossary.flatMap((entry) => {
    const scored = phrasesOf(entry).map((phrase) => ({
      text: phrase,
      term: entry.term,
      distance: editDistance(text, words(phrase).join(' ')),
    }));
    const closest = scored
      .filter((item) => item.distance > 0 && item.distance <= allowedDistance(text))
      .sort((a, b) => a.distance - b.distance)[0];
    return closest ? [closest] : [];
  });
}

/** The query with each misspelt word swapped for the closest glossary word, or undefined if no word needed it. */
function correctedWords(typed: readonly string[], vocabulary: ReadonlySet<string>): string | undefined {
  let changed = false;
  const corrected = typed.map((word) => {
    if (word.length < 4 || [...vocabulary].some((known) => sameWord(known, word))) return word;
    const closest = [...vocabulary]
      .map((known) => ({ known, distance: editDistance(word, known) }))
      .filter((item) => item.distance <= allowedDistance(word))
      .sort((a, b) => a.distance - b.distance)[0];
    if (!closest) return word;
    changed = true;
    return closest.known;
  });
  return changed ? corrected.join(' ') : undefined;
}

/**
 * Up to `limit` glossary words close to a query that looks misspelt, closest first: whole
 * glossary phrases ("tribunel" → "tribunal"), else the query with misspelt words put right
 * ("camhs waitnig" → "camhs waiting" only if "waiting" is a glossary word). Nothing when the
 * query already is a glossary phrase.
 */
export function didYouMean(query: string, glossary: readonly GlossaryWords[], limit = 3): Suggestion[] {
  const typed = words(query);
  if (typed.length === 0) return [];
  const phrases = glossary.flatMap((entry) => phrasesOf(entry).map((phrase) => words(phrase)));
  if (phrases.some((phrase) => sameWords(phrase, typed))) return [];
  const close = closePhrases(typed, glossary).sort((a, b) => a.distance - b.distance || a.text.length - b.text.length);
  if (close.length > 0) return close.slice(0, limit).map(({ text, term }) => ({ text, term }));
  const corrected = correctedWords(typed, new Set(phrases.flat()));
  return corrected ? [{ text: corrected }] : [];
}
