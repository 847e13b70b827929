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

/** Whether the words of `phrase` appear together in `text` (both as " word word "), allowing a plural last word. */
function mentions(text: string, phrase: readonly string[]): boolean {
  const joined = phrase.join(' ');
  return text.includes(` ${joined} `) || text.includes(` ${joined}s `);
}

/**
 * Every way of saying each glossary term the text mentions (by its term, abbreviation or any
 * other word), less the ones the text already uses: what a family might type for what the page says.
 */
export function glossaryKeywords(text: string, glossary: readonly GlossaryWords[]): string[] {
  const padded = ` ${words(text).join(' ')} `;
  const keywords = new Set<string>();
  for (const entry of glossary) {
    const phrases = phrasesOf(entry).map((phrase) => ({ phrase, words: words(phrase) }));
    if (!phrases.some((candidate) => mentions(padded, candidate.words))) continue;
    for (const candidate of phrases) if (!mentions(padded, candidate.words)) keywords.add(candidate.phrase);
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

/** Fills the page's keyword placeholder, if it has one, with the glossary words for what the page says. */
export function addSearchKeywords(html: string, glossary: readonly GlossaryWords[]): string {
  const placeholder = keywordsPlaceholder.exec(html);
  if (!placeholder) return html;
  const keywords = glossaryKeywords(mainText(html), glossary);
  const filled =
    keywords.length > 0 ? `<span data-pagefind-meta="keywords">${escapeHtml(keywords.join(', '))}</span>` : '';
  return `${html.slice(0, placeholder.index)}${filled}${html.slice(placeholder.index + placeholder[0].length)}`;
}
