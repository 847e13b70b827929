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
  words: string[];
  /** The words joined by single spaces, as they appear in the text's words. */
  joined: string;
  /** The first two words (or the one), which must be next to each other in the text for it to mention the phrase. */
  starts: string[];
}

/** Each entry's phrases as words, worked out once per glossary rather than for every page of the build. */
const phrasesByGlossary = new WeakMap<readonly GlossaryWords[], Phrase[][]>();
function glossaryPhrases(glossary: readonly GlossaryWords[]): Phrase[][] {
  let phrases = phrasesByGlossary.get(glossary);
  if (!phrases)
    phrasesByGlossary.set(
      glossary,
      (phrases = glossary.map((entry) =>
        phrasesOf(entry).map((phrase) => {
          const phraseWords = words(phrase);
          const [first = '', second] = phraseWords;
          // The text may add a plural "s" to the phrase's last word.
          const starts =
            second === undefined
              ? [first, `${first}s`]
              : phraseWords.length === 2
                ? [`${first} ${second}`, `${first} ${second}s`]
                : [`${first} ${second}`];
          return { phrase, words: phraseWords, joined: phraseWords.join(' '), starts };
        }),
      )),
    );
  return phrases;
}

/** The text's words joined by spaces, and each word and each pair of neighbouring words, for a quick look first. */
interface TextWords {
  padded: string;
  starts: Set<string>;
}

function textWordsOf(text: string): TextWords {
  const textWords = words(text);
  const starts = new Set<string>(textWords);
  for (let i = 1; i < textWords.length; i++) starts.add(`${textWords[i - 1]} ${textWords[i]}`);
  return { padded: ` ${textWords.join(' ')} `, starts };
}

/**
 * Whether the words of the phrase appear together in the text, allowing a plural last word. They cannot unless
 * its first word, or first two words, are in the text: that quick test spares searching the whole text for
 * most phrases on most pages.
 */
function mentionsIn(text: TextWords, phrase: Phrase): boolean {
  if (phrase.words.length > 0 && !phrase.starts.some((start) => text.starts.has(start))) return false;
  return text.padded.includes(` ${phrase.joined} `) || text.padded.includes(` ${phrase.joined}s `);
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
