/**
 * A fast, narrow reader for the HTML Astro writes: it splits a page into tags and text, without
 * building a tree. The glossary links and the search keywords need only the page's text and which
 * elements hold it, and a full HTML5 parse and re-serialisation of every page (rehype) was the
 * largest single cost of the build.
 *
 * It is exact only for well-formed HTML: every element closed where it ends, nothing the HTML5
 * parser would move or close by itself. Where a page has anything else (a stray end tag, a `<p>`
 * left open before a block, an entity it does not know, a carriage return), `scanHtml` returns
 * undefined and the caller uses the full parser instead, so the result is always what the parser
 * would have read.
 */

/** A piece of a page: a tag (or comment, or doctype), a run of text, or the text of a script or style. */
export type HtmlToken =
  /** `opens`: a start tag whose element stays open until its end tag (not void, not self-closed in SVG). */
  | {
      kind: 'tag';
      raw: string;
      /** The name in lower case, and as written (SVG's names have capitals: linearGradient). */
      name: string;
      rawName: string;
      end: boolean;
      opens: boolean;
      attributes: string;
    }
  | { kind: 'other'; raw: string }
  /** Text as written (`raw`) and as read (`value`, character references decoded). */
  | { kind: 'text'; raw: string; value: string }
  /** The content of a script, style or (in SVG) any element the parser reads as raw text: never decoded. */
  | { kind: 'raw-text'; raw: string };

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content the HTML parser reads as plain text up to their end tag. */
const rawTextElements = new Set(['script', 'style']);
/** Elements whose content the parser reads as text with character references. */
const escapableRawTextElements = new Set(['title', 'textarea']);
/** Elements this reader does not follow (the parser treats their content specially): the full parser reads pages with them. */
const unsupportedElements = new Set([
  'template',
  'noscript',
  'iframe',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'math',
  'frameset',
  'select',
  'image',
  'isindex',
  'listing',
]);

/**
 * Start tags that close an open `<p>` (the parser ends the paragraph before them), and other
 * elements that the parser closes by itself when they nest: a page where that happens is left to it.
 */
const closesParagraph = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dd',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'form',
  'table',
  'search',
  'section',
  'summary',
  'ul',
]);
const selfNesting = new Set(['a', 'button', 'form', 'nobr', 'option', 'optgroup']);
/** List items the parser closes when another starts in the same list. */
const listItems: Record<string, readonly string[]> = { li: ['ul', 'ol', 'menu'], dd: ['dl'], dt: ['dl'] };
/** Elements in which the parser moves any text other than white space out of the table. */
const tableParts = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** HTML start tags that break out of SVG in the parser. */
const svgBreakout = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var font'.split(
    ' ',
  ),
);

/** The named character references Astro and the Markdown renderer write. Any other sends the page to the full parser. */
const namedReferences: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  ctdot: '⋯',
};

class Unsupported extends Error {}

/** The text as the HTML parser reads it: character references decoded. Throws `Unsupported` for anything unusual. */
export function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#[xX]?[0-9a-fA-F]*|[a-zA-Z][a-zA-Z0-9]*)?(;?)/g, (whole, body: string | undefined, semi) => {
    if (body === undefined) return whole;
    if (semi !== ';') throw new Unsupported(whole);
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const digits = body.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw new Unsupported(whole);
      const code = Number.parseInt(digits, hex ? 16 : 10);
      // NUL, surrogates, C1 controls (read as Windows-1252) and beyond Unicode: the parser replaces these.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x80 && code <= 0x9f))
        throw new Unsupported(whole);
      return String.fromCodePoint(code);
    }
    const named = namedReferences[body];
    if (named === undefined) throw new Unsupported(whole);
    return named;
  });
}

const tagPattern =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;

/**
 * The page as tokens, or undefined when it holds anything the HTML5 parser would read differently
 * from the way it is written (see the top of this file).
 */
export function scanHtml(html: string): HtmlToken[] | undefined {
  return readFast(() => scan(html));
}

function scan(html: string): HtmlToken[] {
  if (html.includes('\r') || html.includes('\0')) throw new Unsupported('carriage return or NUL');
  const tokens: HtmlToken[] = [];
  const open: string[] = [];
  let svgDepth = 0;
  let at = 0;
  const pushText = (raw: string) => {
    if (tableParts.has(open.at(-1) ?? '') && /\S/.test(raw)) throw new Unsupported('text in a table');
    if (raw) tokens.push({ kind: 'text', raw, value: decodeText(raw) });
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      pushText(html.slice(at));
      break;
    }
    pushText(html.slice(at, lt));
    at = lt;
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      if (close < 0) throw new Unsupported('comment');
      tokens.push({ kind: 'other', raw: html.slice(at, close + 3) });
      at = close + 3;
      continue;
    }
    if (html.startsWith('<!', at)) {
      if (!/^<!doctype html>/i.test(html.slice(at, at + 15))) throw new Unsupported('declaration');
      tokens.push({ kind: 'other', raw: html.slice(at, at + 15) });
      at += 15;
      continue;
    }
    tagPattern.lastIndex = at;
    const match = tagPattern.exec(html);
    if (!match) throw new Unsupported('tag');
    const [raw, slash, rawName = '', attributes = '', selfClosing] = match;
    const name = rawName.toLowerCase();
    const end = slash === '/';
    const token = { kind: 'tag' as const, raw, name, rawName, end, opens: false, attributes };
    tokens.push(token);
    at += raw.length;
    if (end) {
      if (voidElements.has(name) && svgDepth === 0) throw new Unsupported('end tag of a void element');
      if (open.pop() !== name) throw new Unsupported(`</${name}> does not close the element open`);
      if (name === 'svg') svgDepth--;
      continue;
    }
    if (svgDepth > 0) {
      if (svgBreakout.has(name)) throw new Unsupported('HTML inside SVG');
      if (selfClosing === '/') continue;
      if (name === 'svg') svgDepth++;
      open.push(name);
      token.opens = true;
      continue;
    }
    if (unsupportedElements.has(name)) throw new Unsupported(name);
    if (closesParagraph.has(name) && open.includes('p')) throw new Unsupported(`<${name}> inside <p>`);
    if (selfNesting.has(name) && open.includes(name)) throw new Unsupported(`<${name}> inside <${name}>`);
    const lists = listItems[name];
    if (lists) {
      const list = open.findLastIndex((element) => lists.includes(element));
      if (open.lastIndexOf(name) > list) throw new Unsupported(`<${name}> inside <${name}>`);
      if (name !== 'li' && open.findLastIndex((element) => element === 'dd' || element === 'dt') > list)
        throw new Unsupported(`<${name}> inside a description`);
    }
    if (headings.has(name) && open.some((element) => headings.has(element)))
      throw new Unsupported('heading in heading');
    if (voidElements.has(name)) continue;
    if (selfClosing === '/' && name !== 'svg') throw new Unsupported('self-closing HTML element');
    if (name === 'svg') {
      if (selfClosing === '/') continue;
      svgDepth++;
    }
    open.push(name);
    token.opens = true;
    // The parser drops a line break straight after <pre> (and <textarea>, below).
    if (name === 'pre' && html[at] === '\n') throw new Unsupported('line break after <pre>');
    if (rawTextElements.has(name) || escapableRawTextElements.has(name)) {
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = at;
      const close = endTag.exec(html)?.index ?? -1;
      if (close < 0) throw new Unsupported(`unclosed ${name}`);
      const content = html.slice(at, close);
      if (rawTextElements.has(name)) {
        if (content) tokens.push({ kind: 'raw-text', raw: content });
      } else if (name === 'textarea' && content.startsWith('\n')) {
        // Written to the page (by Astro or rehype) so that a value starting with a line break keeps it; not read.
        tokens.push({ kind: 'other', raw: '\n' });
        pushText(content.slice(1));
      } else pushText(content);
      at = close;
    }
  }
  if (open.length > 0) throw new Unsupported(`unclosed ${open.join(', ')}`);
  return tokens;
}

/** A start tag's attributes as written: name (lower case) and raw value, in order. */
export function attributesOf(attributes: string): Array<[string, string | undefined]> {
  const pattern = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gy;
  const found: Array<[string, string | undefined]> = [];
  for (const match of attributes.matchAll(pattern))
    found.push([(match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? match[4]]);
  return found;
}

/** A quick look before reading the attributes one by one: `name` is lower case, the page may not be. */
const mayHold = (attributes: string, name: string) =>
  attributes.includes(name) || attributes.toLowerCase().includes(name);

/** Whether a start tag's attributes include `name`. */
export function hasAttribute(attributes: string, name: string): boolean {
  return mayHold(attributes, name) && attributesOf(attributes).some(([attribute]) => attribute === name);
}

/**
 * The value of a start tag's attribute `name`, decoded, as the parser reads it (the first, if written twice;
 * empty if written without a value), or undefined when it has none. Throws, for `readFast`, on a character
 * reference it does not know.
 */
export function attributeValue(attributes: string, name: string): string | undefined {
  if (!mayHold(attributes, name)) return undefined;
  const found = attributesOf(attributes).find(([attribute]) => attribute === name);
  return found ? decodeText(found[1] ?? '') : undefined;
}

/** What `read` gives, or undefined when it meets HTML the fast reader is not sure of (and the full parser must read). */
export function readFast<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
