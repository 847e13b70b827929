import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { hasAttribute } from './html-scan.ts';
import { abbreviatedTerms, findFirstUses, type GlossaryEntryLike } from './abbreviation-rule.ts';

/**
 * Links to the glossary that help rather than interrupt (review of 25 November 2026, M1), built on the one
 * abbreviation rule (abbreviation-rule.ts) that says what a use is and when it is written out:
 * - at most one glossary link per term per page, on its first use in the running text;
 * - where the first use is written out, "special educational needs and disabilities (SEND)", the link is on the
 *   full words, so nobody hears "link, send" and there is no extra stop right after the words;
 * - where it is not (the content check reports that), the link carries the full words for a screen reader:
 *   never a `title` tooltip, which keyboard, touch and most screen-reader users never get;
 * - a glossary term whose name holds a short form, such as "SEND Tribunal", links to its own entry;
 * - no glossary link takes the name of another link on the page ("Written Statement of Action" is also the
 *   breadcrumb to the statement): one link name, one place.
 */

/** Elements whose text never gets a link: links, headings, navigation, form controls, code and drawings. */
const skippedElements = new Set([
  'a',
  'abbr',
  'button',
  'code',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'label',
  'nav',
  'option',
  'pre',
  'script',
  'style',
  'svg',
  'textarea',
  'title',
]);

const isSkipped = (node: Element) =>
  skippedElements.has(node.tagName) || node.properties['dataAbbreviationsIgnore'] !== undefined;

/** Whether an element's text never gets a link, from its tag name and its attributes as written. */
export const isSkippedTag = (tagName: string, attributes: string) =>
  skippedElements.has(tagName) || hasAttribute(attributes, 'data-abbreviations-ignore');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A phrase as the text may write it: any run of spaces, either apostrophe. */
const phraseSource = (phrase: string) => escapeRegExp(phrase).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
/** A word with two or more capitals: what makes "SEND Tribunal" a named term rather than a use of "SEND". */
const hasShortWord = (phrase: string) => phrase.split(/\s+/).some((word) => (word.match(/[A-Z]/g) ?? []).length >= 2);

/**
 * One change to a text: the span [start, end) becomes a link to `href` named `words`, followed (inside the
 * link) by `hidden` words for screen readers when there are any.
 */
export interface Edit {
  start: number;
  end: number;
  href: string;
  words: string;
  hidden?: string;
}

const text = (value: string): Text => ({ type: 'text', value });

/** An edit's link as a hast element. */
function linkElement(edit: Edit): Element {
  const children: ElementContent[] = [text(edit.words)];
  if (edit.hidden !== undefined)
    children.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['govuk-visually-hidden'] },
      children: [text(edit.hidden)],
    });
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: edit.href, className: ['govuk-link', 'app-abbreviation'] },
    children,
  };
}

/**
 * What the linking needs from a glossary, worked out once per glossary rather than for every text node of
 * every page (building these regular expressions per text node was most of the build's time in the middleware).
 */
interface CompiledGlossary {
  /** Terms whose name holds a short form ("SEND Tribunal"), with the pattern that finds their name. */
  namedTerms: Array<{ entry: GlossaryEntryLike; pattern: RegExp }>;
  /**
   * The first word of every short form ("EHC" of "EHC plan"): `findFirstUses` only finds a use where the
   * text holds one of these as written, so a text node with none of them needs no closer look.
   */
  formStarts: string[];
}

const compiledGlossaries = new WeakMap<readonly GlossaryEntryLike[], CompiledGlossary>();

function compile(glossary: readonly GlossaryEntryLike[]): CompiledGlossary {
  let compiled = compiledGlossaries.get(glossary);
  if (compiled) return compiled;
  compiled = {
    namedTerms: glossary
      .filter((entry) => entry.draft !== true && hasShortWord(entry.term))
      .map((entry) => ({
        entry,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${phraseSource(entry.term)}(?![\\p{L}\\p{N}])`, 'iu'),
      })),
    formStarts: [
      ...new Set(
        abbreviatedTerms(glossary).flatMap((term) => term.forms.map((form) => form.trim().split(/[\s'’]+/)[0] ?? '')),
      ),
    ],
  };
  compiledGlossaries.set(glossary, compiled);
  return compiled;
}

/** The glossary's published entries and what the page has linked so far. */
export interface PageState {
  glossary: readonly GlossaryEntryLike[];
  compiled: CompiledGlossary;
  hrefFor: (id: string) => string;
  linked: Set<string>;
  /** Names of the page's other links, in lower case: a glossary link must not share one. */
  takenNames: ReadonlySet<string>;
}

/** A link's name as compared: lower case, single spaces. */
export const linkNameKey = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();
const isTaken = (words: string, state: PageState) => state.takenNames.has(linkNameKey(words));

/** Links for named terms such as "SEND Tribunal", first use on the page only. */
function namedTermEdits(value: string, state: PageState): Edit[] {
  const edits: Edit[] = [];
  for (const { entry, pattern } of state.compiled.namedTerms) {
    if (state.linked.has(entry.id)) continue;
    const match = pattern.exec(value);
    if (!match) continue;
    state.linked.add(entry.id);
    if (isTaken(match[0], state)) continue;
    edits.push({
      start: match.index,
      end: match.index + match[0].length,
      href: state.hrefFor(entry.id),
      words: match[0],
    });
  }
  return edits;
}

/** Links for the first use of each abbreviated term, on its full words where they are written out. */
function abbreviationEdits(value: string, state: PageState): Edit[] {
  const edits: Edit[] = [];
  if (!state.compiled.formStarts.some((start) => value.includes(start))) return edits;
  for (const use of findFirstUses(value, state.glossary)) {
    if (state.linked.has(use.id)) continue;
    state.linked.add(use.id);
    const href = state.hrefFor(use.id);
    if (use.writtenOut) {
      const words = new RegExp(`(?<![\\p{L}\\p{N}])${phraseSource(use.term)}s?(?=\\s*\\($)`, 'iu').exec(
        value.slice(0, use.index),
      );
      if (words && !isTaken(words[0], state))
        edits.push({ start: words.index, end: words.index + words[0].length, href, words: words[0] });
      continue;
    }
    // The short form as written, with its plural "s" if it has one.
    const end =
      use.index + use.form.length + (/^s(?![\p{L}\p{N}])/u.test(value.slice(use.index + use.form.length)) ? 1 : 0);
    edits.push({ start: use.index, end, href, words: value.slice(use.index, end), hidden: ` (${use.term})` });
  }
  return edits;
}

/** The edits a text gets, in order, none overlapping, with the page's state updated. */
export function textEdits(value: string, state: PageState): Edit[] {
  // Named terms first, so "SEND Tribunal" is linked as itself before "SEND" is looked for.
  const edits = [...namedTermEdits(value, state), ...abbreviationEdits(value, state)];
  return edits
    .sort((a, b) => a.start - b.start)
    .filter((edit, i, all) => i === 0 || edit.start >= (all[i - 1] as Edit).end);
}

/** A text node split around its edits, or undefined when nothing changes. */
function applyEdits(node: Text, edits: readonly Edit[]): ElementContent[] | undefined {
  if (edits.length === 0) return undefined;
  const parts: ElementContent[] = [];
  let last = 0;
  for (const edit of edits) {
    if (edit.start > last) parts.push(text(node.value.slice(last, edit.start)));
    parts.push(linkElement(edit));
    last = edit.end;
  }
  if (last < node.value.length) parts.push(text(node.value.slice(last)));
  return parts;
}

/** The text of an element and everything in it. */
function textOf(node: Root | Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as ElementContent)).join('') : '';
}

/** The names of every link in `tree`, as `linkNameKey` gives them. */
export function linkNames(tree: Root | Element): Set<string> {
  const names = new Set<string>();
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a') names.add(linkNameKey(textOf(child)));
      else visit(child);
    }
  };
  visit(tree);
  return names;
}

const publishedGlossaries = new WeakMap<readonly GlossaryEntryLike[], GlossaryEntryLike[]>();

/** The published entries of a glossary, the same array each time for the same glossary (so `compile` runs once). */
function publishedOf(glossary: readonly GlossaryEntryLike[]): GlossaryEntryLike[] {
  let published = publishedGlossaries.get(glossary);
  if (!published) publishedGlossaries.set(glossary, (published = glossary.filter((entry) => entry.draft !== true)));
  return published;
}

/** A page's linking state: nothing linked yet, and the names of the page's other links (see `linkNames`). */
export function pageState(
  glossary: readonly GlossaryEntryLike[],
  hrefFor: (id: string) => string,
  takenNames: ReadonlySet<string>,
): PageState {
  const published = publishedOf(glossary);
  return { glossary: published, compiled: compile(published), hrefFor, linked: new Set(), takenNames };
}

/**
 * Adds the glossary links to `tree` (a page's `<main>`), in document order. `takenNames` are the page's
 * other link names (see `linkNames`), which a glossary link never takes.
 */
export function linkGlossaryTerms(
  tree: Root | Element,
  glossary: readonly GlossaryEntryLike[],
  hrefFor: (id: string) => string,
  takenNames: ReadonlySet<string> = linkNames(tree),
): void {
  const state = pageState(glossary, hrefFor, takenNames);
  const visit = (parent: Root | Element) => {
    const children: Array<RootContent | ElementContent> = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const replaced = applyEdits(child, textEdits(child.value, state));
        children.push(...(replaced ?? [child]));
        continue;
      }
      if (child.type === 'element' && !isSkipped(child)) visit(child);
      children.push(child);
    }
    parent.children = children as typeof parent.children;
  };
  visit(tree);
}
