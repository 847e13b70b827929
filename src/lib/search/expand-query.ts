import { sameWord, words } from './normalise.ts';

/** The glossary fields search uses: every way of saying the same thing. */
export interface GlossaryWords {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  otherWords: readonly string[];
}

/** One search to run for a query, and how much its matches count compared with the words typed. */
export interface QueryVariant {
  /** Text to give Pagefind. */
  text: string;
  /** 1 for what was typed; less for other words for it, so pages using the typed words come first. */
  weight: number;
  /** True when the text is a glossary phrase of several words that must appear together, not scattered. */
  phrase: boolean;
}

/** How much a page found through another word for the query counts. Tuned against tests/browser/search-ranking.test.ts. */
export const otherWordWeight = 0.8;

/** At most this many searches per query, so a long query stays quick on a slow phone. */
const maxVariants = 12;

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

/**
 * What to search for instead of a matched phrase. The term and abbreviation are what pages are
 * written with, so they stand for every other word; another word only stands for the term and
 * abbreviation, because other words can be loose ("deadline" for the 20-week timescale) and
 * would pull in pages about something else.
 */
function alternativesFor(match: Match): string[] {
  const { entry } = match;
  return !match.partial && isMainForm(entry, match.phrase) ? phrasesOf(entry) : phrasesOf({ ...entry, otherWords: [] });
}

/** Ids of the glossary entries the query names, best match first, so a glossary result can link straight to the right term. */
export function glossaryEntriesIn(query: string, glossary: readonly GlossaryWords[]): string[] {
  return matchesFor(words(query), glossary).map((match) => match.entry.id);
}

/**
 * The searches to run for a query: what was typed, then the same query with each glossary
 * phrase in it swapped for the entry's other words, so "EHCP" also finds "education, health
 * and care plan" and the reverse. Editors extend this by adding "otherWords" to content/glossary.yaml.
 */
export function expandQuery(query: string, glossary: readonly GlossaryWords[]): QueryVariant[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return [];
  const matches = matchesFor(queryWords, glossary);
  const typedIsPhrase = matches.some((match) => !match.partial && match.length === queryWords.length);
  const variants: QueryVariant[] = [
    { text: queryWords.join(' '), weight: 1, phrase: typedIsPhrase && queryWords.length > 1 },
  ];
  const seen = new Set([variants[0]?.text]);
  for (const match of matches) {
    for (const alternative of alternativesFor(match)) {
      const replaced = [
        ...queryWords.slice(0, match.start),
        ...words(alternative),
        ...queryWords.slice(match.start + match.length),
      ];
      const text = replaced.join(' ');
      if (seen.has(text)) continue;
      seen.add(text);
      const wholeQueryIsAlternative = replaced.length === words(alternative).length;
      variants.push({ text, weight: otherWordWeight, phrase: wholeQueryIsAlternative && replaced.length > 1 });
    }
  }
  return variants.slice(0, maxVariants);
}
