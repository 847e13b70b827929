/**
 * Reads what someone typed the way a family writes it: often a question ("who do I contact
 * about my child's plan"). Words that only make it a question do not have to be on the page;
 * the words left, and the runs of them typed together, are what search looks for.
 */
import { words } from './normalise.ts';

/**
 * Words that carry no meaning of their own in a question. Kept short on purpose: a word that
 * could be what someone is looking for ("support", "help", "plan", "review") is never here.
 */
const questionWords = new Set(
  (
    'a an the and or but of to in on at by for from with about into as ' +
    'what whats which who whom whose where when why how ' +
    'do does did done doing is are was were be been being am has have had having ' +
    'can could should would will shall may might must ' +
    'i im ive me my mine we our us you your yours he she his her they their them it its ' +
    'this that these those there here if so not any some ' +
    'get got find found tell know go goes going went take takes taken happen happens happened'
  ).split(' '),
);

/** Words that make "how" a question about an amount or a time. */
const howWords = new Set(['many', 'much', 'long', 'often', 'quickly', 'fast', 'soon']);

/** Longer queries are sentences, not phrases a page would have word for word. */
const maxPhraseWords = 6;

/** At most this many runs, one Pagefind search each. */
const maxRuns = 2;

/**
 * "My child", "our son": who a family is asking about, not what. Every page here is about
 * children, so requiring the word only hides the page that answers ("my child was refused an
 * assessment" is answered by the refused-requests figures, which say "requests", not "child").
 */
const ownWords = new Set(['my', 'our']);
const familyWords = new Set(['child', 'children', 'son', 'daughter', 'kid', 'kids', 'young', 'teenager', 'baby']);

/** What kind of answer a question wants, from its opening words. */
export type Intent = 'number' | 'help' | undefined;

/** Questions that want a number: the figures pages answer them. */
const numberQuestion =
  /\b(how (many|much|long|often|quickly|fast)|what (percentage|proportion|share|number)|number of|percentage of)\b/;

/** Words for wanting help or to disagree: the contact, get involved and if you disagree pages answer them. */
const helpWords = new Set([
  'contact',
  'complain',
  'complaint',
  'complaints',
  'appeal',
  'appealing',
  'advice',
  'disagree',
  'disagreement',
  'mediation',
  'helpline',
  'phone',
  'email',
  'speak',
  'talk',
  'help',
  'involved',
]);

/** A query read for search. */
export interface ReadQuery {
  /** The words a page must have, in the order typed: question words dropped, possessive "'s" taken off. */
  keyWords: string[];
  /** The whole query as typed, when it is a few words ("families first"): pages with it word for word come first. */
  phrase: string | undefined;
  /** Key words typed next to each other inside a question ("ehc plan", "2024 inspection"): pages with them together are lifted. */
  runs: string[];
  intent: Intent;
}

/** Words as typed, with "child's" read as "child" (normalise drops the apostrophe, which would leave "childs"). */
function typedWords(query: string): string[] {
  return words(query.replace(/['’]s\b/gi, ''));
}

/**
 * Splits a query into the words that matter and the phrases among them. If every word is a
 * question word ("what is it"), all are kept, because then they are what was searched for.
 */
export function readQuery(query: string): ReadQuery {
  const typed = typedWords(query);
  // "many", "long" and the like are question words only straight after "how" ("long term" keeps "long").
  const keep = typed.map(
    (word, index) =>
      !questionWords.has(word) &&
      !(typed[index - 1] === 'how' && howWords.has(word)) &&
      !(ownWords.has(typed[index - 1] ?? '') && familyWords.has(word)),
  );
  const anyKept = keep.some(Boolean);
  const keyWords = anyKept ? typed.filter((_, index) => keep[index]) : typed;
  const runs: string[] = [];
  if (typed.length > 1 && !keep.every(Boolean) && anyKept) {
    // Runs of key words typed side by side: "the 2024 inspection" gives "2024 inspection".
    let run: string[] = [];
    typed.forEach((word, index) => {
      if (keep[index]) run.push(word);
      if (!keep[index] || index === typed.length - 1) {
        if (run.length > 1) runs.push(run.join(' '));
        run = [];
      }
    });
  }
  const text = typed.join(' ');
  // The whole query as typed, for a phrase such as "speech and language" or "education, health and care plan".
  const phrase = typed.length > 1 && typed.length <= maxPhraseWords ? text : undefined;
  const intent: Intent = numberQuestion.test(text)
    ? 'number'
    : keyWords.some((word) => helpWords.has(word))
      ? 'help'
      : undefined;
  return { keyWords, phrase, runs: runs.slice(0, maxRuns), intent };
}
