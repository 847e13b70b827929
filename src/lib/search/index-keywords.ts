/**
 * Puts the glossary's other words for the terms a page uses into the search index, so "EHCP"
 * finds a page that only says "EHC plans" with one search instead of one per other word.
 * They go in as Pagefind metadata: searched and ranked, never shown in an excerpt, and in an
 * element that is `hidden` from everyone (sighted, screen reader and search engine alike).
 */
import { phrasesOf, type GlossaryWords } from './glossary-words.ts';
import { words } from './normalise.ts';

/** The empty element src/components/SearchMeta.astro leaves for the keywords (Astro writes the attribute as `=""`). */
const keywordsPlaceholder = /<span data-app-search-keywords(?:="")?><\/span>/;

interface Phrase {
  phrase: string;
  /** Its words, as `words` gives them: never none (phrasesOf leaves out a phrase without words). */
  words: string[];
}

/** Each entry's phrases as words, worked out once per glossary rather than for every page of the build. */
const phrasesByGlossary = new WeakMap<readonly GlossaryWords[], Phrase[][]>();
function glossaryPhrases(glossary: readonly GlossaryWords[]): Phrase[][] {
  let phrases = phrasesByGlossary.get(glossary);
  if (!phrases)
    phrasesByGlossary.set(
      glossary,
      (phrases = glossary.map((entry) => phrasesOf(entry).map((phrase) => ({ phrase, words: words(phrase) })))),
    );
  return phrases;
}

/** The text's words, and where each word is in them: a phrase is looked for only where its first word is. */
interface TextWords {
  words: string[];
  places: Map<string, number[]>;
}

function textWordsOf(text: string): TextWords {
  const textWords = words(text);
  const places = new Map<string, number[]>();
  textWords.forEach((word, index) => {
    const found = places.get(word);
    if (found) found.push(index);
    else places.set(word, [index]);
  });
  return { words: textWords, places };
}

/** Whether the text's words from `start` on are the phrase's, allowing a plural "s" on its last word. */
function phraseAt(textWords: readonly string[], phraseWords: readonly string[], start: number): boolean {
  return phraseWords.every((word, offset) => {
    const found = textWords[start + offset];
    return found === word || (offset === phraseWords.length - 1 && found === `${word}s`);
  });
}

/** Whether the words of the phrase appear together in the text. */
function mentionsIn(text: TextWords, phrase: Phrase): boolean {
  const first = phrase.words[0] ?? '';
  const at = (word: string) => text.places.get(word) ?? [];
  // A phrase of one word may be there as its plural, which is a word of its own.
  const starts = phrase.words.length === 1 ? [...at(first), ...at(`${first}s`)] : at(first);
  return starts.some((start) => phraseAt(text.words, phrase.words, start));
}

/**
 * Every way of saying each glossary term the text mentions (by its term, abbreviation or any
 * other word), less the ones the text already uses: what a family might type for what the page says.
 */
export function glossaryKeywords(text: string, glossary: readonly GlossaryWords[]): string[] {
  const textWords = textWordsOf(text);
  const keywords = new Set<string>();
  for (const phrases of glossaryPhrases(glossary)) {
    if (!phrases.some((candidate) => mentionsIn(textWords, candidate))) continue;
    for (const candidate of phrases) if (!mentionsIn(textWords, candidate)) keywords.add(candidate.phrase);
  }
  return [...keywords];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text of the page's main content, tags dropped: what Pagefind indexes (data-pagefind-body is on <main>). */
function mainText(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return (start >= 0 && end > start ? html.slice(start, end) : html).replace(/<[^>]*>/g, ' ');
}

/**
 * Fills the page's keyword placeholder, if it has one, with the glossary words for what the page says.
 * `text` is the page's main text, when the caller has it already (see explain-abbreviations-in-html.ts).
 */
export function addSearchKeywords(html: string, glossary: readonly GlossaryWords[], text?: string): string {
  const placeholder = keywordsPlaceholder.exec(html);
  if (!placeholder) return html;
  const keywords = glossaryKeywords(text ?? mainText(html), glossary);
  const filled =
    keywords.length > 0 ? `<span data-pagefind-meta="keywords">${escapeHtml(keywords.join(', '))}</span>` : '';
  return `${html.slice(0, placeholder.index)}${filled}${html.slice(placeholder.index + placeholder[0].length)}`;
}
