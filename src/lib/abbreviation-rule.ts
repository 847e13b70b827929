/**
 * The abbreviation rule (issue 12), the one place it is written down:
 * an abbreviation is the `abbreviation` of a published glossary entry, together with any of the entry's
 * `otherWords` that contain a short form in capitals ("EHC plan" and "EHCP" are one term). Its first use in a
 * page's text must be written out as "full words (SHORT)", for example "education, health and care plan (EHC plan)".
 * Nothing rewrites sentences: editors write it, `npm run check:content` and a test over the built pages check it.
 */

/** The glossary fields the rule reads. */
export interface GlossaryEntryLike {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  otherWords?: readonly string[] | undefined;
  draft?: boolean | undefined;
}

/** One abbreviated term: its full words and every short way of writing it. */
export interface AbbreviatedTerm {
  id: string;
  /** The full words, as the glossary writes them. */
  term: string;
  /** The short forms, longest first: ["EHC plan", "EHCP"]. */
  forms: string[];
}

/** The first use of a term on a page, and whether it is written out. */
export interface FirstUse {
  id: string;
  term: string;
  /** The short form as used, without a plural "s": "EHCP". */
  form: string;
  /** Where it starts in the text. */
  index: number;
  writtenOut: boolean;
  /** What the editor should write: "Education, health and care plan (EHCP)". */
  expected: string;
}

/** A word with two or more capitals ("EHC", "SENCo", "DfE"): what makes a phrase a short form. */
const hasShortWord = (phrase: string) => phrase.split(/\s+/).some((word) => (word.match(/[A-Z]/g) ?? []).length >= 2);

/**
 * Whether one of an entry's "other words" is its abbreviation written another way: the phrase starts with a short
 * form that begins the abbreviation ("EHC plan" for EHCP, "SENCo" for SENCO). "NHS Dorset" is not a way to write ICB.
 */
function isAnotherSpelling(phrase: string, abbreviation: string): boolean {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  // A phrase that starts with the abbreviation itself ("BCP Council") is already a use of it: "... (BCP) Council".
  return hasShortWord(first) && first !== abbreviation && abbreviation.toLowerCase().startsWith(first.toLowerCase());
}

/** The terms the rule covers: published glossary entries with an abbreviation. Drafts never count. */
export function abbreviatedTerms(entries: readonly GlossaryEntryLike[]): AbbreviatedTerm[] {
  return entries
    .filter((entry) => entry.draft !== true && entry.abbreviation)
    .map((entry) => {
      const others = (entry.otherWords ?? []).filter((phrase) =>
        isAnotherSpelling(phrase, entry.abbreviation as string),
      );
      const forms = [...new Set([entry.abbreviation as string, ...others])].sort((a, b) => b.length - a.length);
      return { id: entry.id, term: entry.term, forms };
    });
}

/**
 * Every short form the published glossary explains, for the check that warns about abbreviations not in the
 * glossary: each entry's abbreviation and each word with two or more capitals in its term and other words
 * ("EHC" from "EHC plan", "SENCo"). Drafts never count: the site does not explain them yet.
 */
export function knownShortForms(entries: readonly GlossaryEntryLike[]): Set<string> {
  const known = new Set<string>();
  for (const entry of entries) {
    if (entry.draft === true) continue;
    if (entry.abbreviation) known.add(entry.abbreviation);
    for (const phrase of [entry.term, ...(entry.otherWords ?? [])]) {
      for (const word of phrase.split(/[\s/(),]+/)) if (hasShortWord(word)) known.add(word);
    }
  }
  return known;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Spaces in a phrase match any run of white space (a line break in Markdown); curly and straight apostrophes match. */
const phrasePattern = (phrase: string) => escapeRegExp(phrase).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");

/** Matches a short form as a whole word, case-sensitively ("SEND", never the verb "send"), with an optional plural "s". */
function formPattern(form: string): RegExp {
  return remembered(
    `form:${form}`,
    () => new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(form)}s?(?![\\p{L}\\p{N}])`, 'gu'),
  );
}

/**
 * Patterns built once and reused: the build runs the rule on every text node of every page, and building them
 * each time was most of its cost. Safe to share: `matchAll` copies a pattern, and the others have no `g` flag.
 */
const patterns = new Map<string, RegExp>();
function remembered(key: string, build: () => RegExp): RegExp {
  let pattern = patterns.get(key);
  if (!pattern) patterns.set(key, (pattern = build()));
  return pattern;
}

/** A form's first word, up to its first space or apostrophe (which the pattern lets the text write another way). */
const firstWords = new Map<string, string>();
function firstWordOf(form: string): string {
  let first = firstWords.get(form);
  if (first === undefined) firstWords.set(form, (first = form.split(/[\s'’]/)[0] ?? ''));
  return first;
}

/** `abbreviatedTerms` of each glossary, worked out once (the glossary does not change during a build). */
const termsByGlossary = new WeakMap<readonly GlossaryEntryLike[], AbbreviatedTerm[]>();
function abbreviatedTermsOnce(entries: readonly GlossaryEntryLike[]): AbbreviatedTerm[] {
  let terms = termsByGlossary.get(entries);
  if (!terms) termsByGlossary.set(entries, (terms = abbreviatedTerms(entries)));
  return terms;
}

/** The patterns for the names of glossary terms that contain a short form, worked out once per glossary. */
const namePatternsByGlossary = new WeakMap<readonly GlossaryEntryLike[], RegExp[]>();
function namePatterns(entries: readonly GlossaryEntryLike[]): RegExp[] {
  let found = namePatternsByGlossary.get(entries);
  if (!found)
    namePatternsByGlossary.set(
      entries,
      (found = entries
        .filter((entry) => entry.draft !== true && hasShortWord(entry.term))
        .map((entry) =>
          remembered(
            `name:${entry.term}`,
            () => new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(entry.term)}(?![\\p{L}\\p{N}])`, 'giu'),
          ),
        )),
    );
  return found;
}

/** Spans of text naming another glossary term that contains a short form ("SEND Tribunal"): a name, not a use of "SEND". */
function namedTermSpans(text: string, entries: readonly GlossaryEntryLike[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const pattern of namePatterns(entries))
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** Whether the use at [start, end) is written "full words (SHORT)": the term, an optional "s", then the form in brackets. */
function isWrittenOut(text: string, start: number, end: number, term: string): boolean {
  const before = remembered(
    `before:${term}`,
    () => new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(term)}s?\\s*\\($`, 'iu'),
  );
  return before.test(text.slice(Math.max(0, start - term.length - 40), start)) && /^\)/.test(text.slice(end));
}

/**
 * The first use of each abbreviated term in `text`, in order of appearance, and whether it is written out.
 * `glossary` is the whole glossary (published entries only count), so names like "SEND Tribunal" are not uses of "SEND".
 */
export function findFirstUses(text: string, glossary: readonly GlossaryEntryLike[]): FirstUse[] {
  const names = namedTermSpans(text, glossary);
  const insideName = (start: number, end: number) => names.some(([from, to]) => start >= from && end <= to);
  const uses: FirstUse[] = [];
  for (const { id, term, forms } of abbreviatedTermsOnce(glossary)) {
    let first: { index: number; end: number; form: string } | undefined;
    for (const form of forms) {
      // The pattern matches the form's first word as written: without it in the text, there is nothing to find.
      if (!text.includes(firstWordOf(form))) continue;
      for (const match of text.matchAll(formPattern(form))) {
        const end = match.index + match[0].length;
        if (insideName(match.index, end)) continue;
        if (!first || match.index < first.index) first = { index: match.index, end, form };
        break;
      }
    }
    if (!first) continue;
    uses.push({
      id,
      term,
      form: first.form,
      index: first.index,
      writtenOut: isWrittenOut(text, first.index, first.end, term),
      expected: `${term} (${first.form})`,
    });
  }
  return uses.sort((a, b) => a.index - b.index);
}

/** First uses that are not written out: what the checks report. */
export function firstUsesNotWrittenOut(text: string, glossary: readonly GlossaryEntryLike[]): FirstUse[] {
  return findFirstUses(text, glossary).filter((use) => !use.writtenOut);
}

/** The message for one first use that is not written out, the same in `npm run check:content` and the built-site test. */
export function notWrittenOutMessage(use: FirstUse): string {
  return `The first use of "${use.form}" is not written out. Write it as "${use.expected}" the first time, in any case that suits the sentence.`;
}
