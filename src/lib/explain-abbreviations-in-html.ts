import { rehype } from 'rehype';
import type { GlossaryEntryLike } from './abbreviation-rule.ts';
import {
  isSkippedTag,
  linkGlossaryTerms,
  linkNameKey,
  linkNames,
  pageState,
  textEdits,
  type Edit,
} from './glossary-links.ts';
import { scanHtml, type HtmlToken } from './html-scan.ts';
import { rehypeAttribute, rehypeText } from './rehype-style.ts';
import { findMain } from './page-text.ts';

/** One HTML parser and serialiser for every page of a build, rather than a new processor per page. */
const html5 = rehype().freeze();

/** A page with its glossary links, and the text of its main content as the search keywords read it. */
export interface ExplainedPage {
  html: string;
  /**
   * The page's `<main>` with every tag read as a space and the text as rehype writes it (the whole page
   * when it has no `<main>`): what `addSearchKeywords` looks for glossary words in.
   */
  mainText: string;
}

/** Links glossary terms in a whole page's `<main>` (see glossary-links.ts), leaving the rest of the HTML as it was. */
export function explainAbbreviationsInHtml(
  html: string,
  glossary: readonly GlossaryEntryLike[],
  hrefFor: (id: string) => string,
): string {
  return explainAbbreviations(html, glossary, hrefFor).html;
}

/**
 * `explainAbbreviationsInHtml`, with the main text for the search keywords. Reads the page with the fast
 * reader of html-scan.ts, and with the full HTML5 parser only when that reader cannot be sure of it: either
 * way the page reads the same (the same elements, attributes and text), though not always byte for byte.
 */
export function explainAbbreviations(
  html: string,
  glossary: readonly GlossaryEntryLike[],
  hrefFor: (id: string) => string,
): ExplainedPage {
  const tokens = scanHtml(html);
  const fast = tokens && explainTokens(html, tokens, glossary, hrefFor);
  if (fast) return fast;
  const tree = html5.parse(html);
  const main = findMain(tree);
  if (!main) return { html, mainText: mainTextOf(html) };
  // Links anywhere on the page count, the breadcrumbs and footer too.
  linkGlossaryTerms(main, glossary, hrefFor, linkNames(tree));
  const linked = html5.stringify(tree);
  return { html: linked, mainText: mainTextOf(linked) };
}

/** The text of the page's main content in HTML, tags read as spaces. */
function mainTextOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return (start >= 0 && end > start ? html.slice(start, end) : html).replace(/<[^>]*>/g, ' ');
}

/** A text with its glossary links, as rehype writes them. */
function linkedText(value: string, edits: readonly Edit[]): string {
  const out: string[] = [];
  let last = 0;
  for (const edit of edits) {
    const hidden =
      edit.hidden === undefined ? '' : `<span class="govuk-visually-hidden">${rehypeText(edit.hidden)}</span>`;
    out.push(
      rehypeText(value.slice(last, edit.start)),
      `<a href="${rehypeAttribute(edit.href)}" class="govuk-link app-abbreviation">${rehypeText(edit.words)}${hidden}</a>`,
    );
    last = edit.end;
  }
  out.push(rehypeText(value.slice(last)));
  return out.join('');
}

/** The names of every link on the page, as `linkNames` gives them. */
function tokenLinkNames(tokens: readonly HtmlToken[]): Set<string> {
  const names = new Set<string>();
  let name: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'tag' && token.name === 'a') {
      if (!token.end && token.opens) name = '';
      else if (token.end && name !== undefined) {
        names.add(linkNameKey(name));
        name = undefined;
      }
    } else if (name !== undefined && token.kind === 'text') name += token.value;
    else if (name !== undefined && token.kind === 'raw-text') name += token.raw;
  }
  return names;
}

/**
 * `explainAbbreviations` on a page the fast reader could read: the same links, put in place of the texts
 * they go in, and the rest of the page left as Astro wrote it. (Rewriting every page as rehype writes it
 * took a third of this pass; the two spellings of a character reference, `&amp;` and `&#x26;`, read the same.)
 */
function explainTokens(
  html: string,
  tokens: readonly HtmlToken[],
  glossary: readonly GlossaryEntryLike[],
  hrefFor: (id: string) => string,
): ExplainedPage | undefined {
  const mainStart = tokens.findIndex((token) => token.kind === 'tag' && token.name === 'main' && !token.end);
  if (mainStart < 0) return { html, mainText: mainTextOf(html) };
  const state = pageState(glossary, hrefFor, tokenLinkNames(tokens));
  // Where each token starts in the page: the tokens are the page cut into pieces, in order.
  let at = 0;
  for (let i = 0; i < mainStart; i++) at += (tokens[i] as HtmlToken).raw.length;
  const out: string[] = [];
  let copied = 0;
  // The main text: each tag read as a space, as `mainTextOf` reads them.
  const mainText: string[] = [' '];
  at += (tokens[mainStart] as HtmlToken).raw.length;
  // For each element open inside <main>: whether its text is left alone.
  const skipped: boolean[] = [];
  let skipping = 0;
  for (let i = mainStart + 1; i < tokens.length; i++) {
    const token = tokens[i] as HtmlToken;
    if (token.kind === 'tag') {
      if (token.end) {
        if (skipped.length === 0) break; // </main>
        if (skipped.pop()) skipping--;
      } else if (token.opens) {
        const skip = isSkippedTag(token.name, token.attributes);
        skipped.push(skip);
        if (skip) skipping++;
      }
      mainText.push(' ');
    } else if (token.kind === 'text') {
      const edits = skipping === 0 ? textEdits(token.value, state) : [];
      if (edits.length > 0) {
        const linked = linkedText(token.value, edits);
        out.push(html.slice(copied, at), linked);
        copied = at + token.raw.length;
        mainText.push(linked.replace(/<[^>]*>/g, ' '));
      } else mainText.push(rehypeText(token.value));
    } else if (token.kind === 'raw-text') mainText.push(token.raw.replace(/<[^>]*>/g, ' '));
    else mainText.push(' ');
    at += token.raw.length;
  }
  out.push(html.slice(copied));
  return { html: out.join(''), mainText: mainText.join('') };
}
