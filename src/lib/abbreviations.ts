import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/** What the page needs to explain an abbreviation: the short form, the full term and its glossary link. */
export interface Abbreviation {
  short: string;
  term: string;
  href: string;
}

/** The glossary fields abbreviations come from. */
export interface GlossaryLike {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  otherWords: readonly string[];
}

/** Short forms among "other words": one word with at least two capitals, such as "PRU" or "SENCo". */
function isShortForm(word: string): boolean {
  return !/\s/.test(word) && (word.match(/[A-Z]/g) ?? []).length >= 2;
}

/** Every abbreviation the glossary defines, longest first so "SEND" wins over "SEN". */
export function abbreviationsFromGlossary(
  terms: readonly GlossaryLike[],
  hrefFor: (id: string) => string,
): Abbreviation[] {
  const byShort = new Map<string, Abbreviation>();
  for (const entry of terms) {
    const shorts = [entry.abbreviation, ...entry.otherWords.filter(isShortForm)].filter((s): s is string => Boolean(s));
    for (const short of shorts) {
      if (!byShort.has(short)) byShort.set(short, { short, term: entry.term, href: hrefFor(entry.id) });
    }
  }
  return [...byShort.values()].sort((a, b) => b.short.length - a.short.length || a.short.localeCompare(b.short));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Matches any of the abbreviations as a whole word, allowing a plural "s". */
function abbreviationPattern(abbreviations: readonly Abbreviation[]): RegExp {
  const alternatives = abbreviations.map((a) => escapeRegExp(a.short)).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(s?)(?![\\p{L}\\p{N}])`, 'gu');
}

/** Elements whose text is never marked: links, existing abbreviations, headings, code and the like. */
const skippedElements = new Set([
  'a',
  'abbr',
  'code',
  'pre',
  'script',
  'style',
  'title',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'label',
  'textarea',
  'option',
  'svg',
]);

function isSkipped(node: Element): boolean {
  return skippedElements.has(node.tagName) || node.properties['dataAbbreviationsIgnore'] !== undefined;
}

function abbreviationElement(abbreviation: Abbreviation, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: abbreviation.href, className: ['govuk-link', 'app-abbreviation'] },
    children: [
      {
        type: 'element',
        tagName: 'abbr',
        properties: { title: abbreviation.term },
        children: [{ type: 'text', value: text }],
      },
    ],
  };
}

/** Splits one text node, wrapping the first use of each abbreviation not yet explained on the page. */
function explainInText(
  node: Text,
  pattern: RegExp,
  byShort: Map<string, Abbreviation>,
  explained: Set<string>,
): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const short = match[1] ?? '';
    const abbreviation = byShort.get(short);
    if (!abbreviation || explained.has(short)) continue;
    explained.add(short);
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(abbreviationElement(abbreviation, match[0]));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/**
 * Explains the first use of each glossary abbreviation inside `tree`, in document order,
 * with `<a href="glossary#term"><abbr title="Full term">EHCP</abbr></a>`.
 */
export function explainAbbreviations(tree: Root | Element, abbreviations: readonly Abbreviation[]): void {
  if (abbreviations.length === 0) return;
  const pattern = abbreviationPattern(abbreviations);
  const byShort = new Map(abbreviations.map((a) => [a.short, a]));
  const explained = new Set<string>();
  const visit = (parent: Root | Element) => {
    const children: Array<RootContent | ElementContent> = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const replaced = explainInText(child, pattern, byShort, explained);
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
