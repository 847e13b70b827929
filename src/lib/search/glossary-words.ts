import { sameWord, words } from './normalise.ts';

/** The glossary fields search uses: every way of saying the same thing. */
export interface GlossaryWords {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  otherWords: readonly string[];
}

/** Every way of saying one glossary entry's term, without repeats (compared as words). */
export function phrasesOf(entry: GlossaryWords): string[] {
  const phrases = new Map<string, string>();
  for (const phrase of [entry.abbreviation, entry.term, ...entry.otherWords]) {
    const key = phrase ? words(phrase).join(' ') : '';
    if (phrase && key && !phrases.has(key)) phrases.set(key, phrase);
  }
  return [...phrases.values()];
}

/** Where the words of `inner` appear together in `outer`, or -1. */
function findWords(outer: readonly string[], inner: readonly string[]): number {
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, offset) => sameWord(outer[start + offset] ?? '', word))) return start;
  }
  return -1;
}

/** A glossary phrase found in a query: which entry, which phrase, and which of the query's words it covers. */
interface Match {
  entry: GlossaryWords;
  phrase: string;
  start: number;
  length: number;
  /** True when the whole query is only part of the phrase ("mental health" in "child mental health"). */
  partial: boolean;
}

/** Whether the phrase is the entry's term or abbreviation rather than one of its other words. */
function isMainForm(entry: GlossaryWords, phrase: string): boolean {
  const key = words(phrase).join(' ');
  return [entry.term, entry.abbreviation].some((form) => form !== undefined && words(form).join(' ') === key);
}

/** Glossary phrases inside the query, longest first, one per entry, skipping any inside a longer one ("SEN" inside "SEN support"). */
function phrasesInQuery(queryWords: readonly string[], glossary: readonly GlossaryWords[]): Match[] {
  const found: Match[] = [];
  for (const entry of glossary) {
    for (const phrase of phrasesOf(entry)) {
      const start = findWords(queryWords, words(phrase));
      if (start >= 0) found.push({ entry, phrase, start, length: words(phrase).length, partial: false });
    }
  }
  found.sort(
    (a, b) => b.length - a.length || Number(isMainForm(b.entry, b.phrase)) - Number(isMainForm(a.entry, a.phrase)),
  );
  const kept: Match[] = [];
  for (const match of found) {
    const sameEntry = kept.some((other) => other.entry === match.entry);
    const inside = kept.some(
      (other) =>
        match.start >= other.start &&
        match.start + match.length <= other.start + other.length &&
        match.length < other.length,
    );
    if (!sameEntry && !inside) kept.push(match);
  }
  return kept;
}

/** Entries with a longer phrase that contains the whole query, for queries of two or more words such as "mental health". */
function phrasesAroundQuery(queryWords: readonly string[], glossary: readonly GlossaryWords[]): Match[] {
  if (queryWords.length < 2) return [];
  return glossary.flatMap((entry) => {
    const phrase = phrasesOf(entry).find(
      (candidate) => words(candidate).length > queryWords.length && findWords(words(candidate), queryWords) >= 0,
    );
    return phrase ? [{ entry, phrase, start: 0, length: queryWords.length, partial: true }] : [];
  });
}

/** The glossary entries a query names, best match first: found as a whole phrase, or the query being part of one. */
function matchesFor(queryWords: readonly string[], glossary: readonly GlossaryWords[]): Match[] {
  const inQuery = phrasesInQuery(queryWords, glossary);
  const coversQuery = inQuery.some((match) => match.length === queryWords.length);
  return coversQuery ? inQuery : [...inQuery, ...phrasesAroundQuery(queryWords, glossary)];
}

/** Ids of the glossary entries the query names, best match first, so a glossary result can link straight to the right term. */
export function glossaryEntriesIn(query: string, glossary: readonly GlossaryWords[]): string[] {
  return matchesFor(words(query), glossary).map((match) => match.entry.id);
}

/** Whether the text is, word for word, one of the glossary's ways of saying a term (plurals allowed). */
export function namesGlossaryTerm(text: string, glossary: readonly GlossaryWords[]): boolean {
  const typed = words(text);
  return glossary.some((entry) =>
    phrasesOf(entry).some((phrase) => {
      const known = words(phrase);
      return known.length === typed.length && known.every((word, index) => sameWord(word, typed[index] ?? ''));
    }),
  );
}
