/**
 * Writes the tokens of html-scan.ts out as rehype (hast-util-to-html, default settings) writes the same
 * page after parsing it: `<!doctype html>`, text with `&` and `<` as `&#x26;` and `&#x3C;`, attribute
 * values in double quotes with `"&'` and the backtick as hexadecimal references, empty SVG elements
 * closed with an end tag. So a page linked by the fast reader comes out byte for byte as it did when
 * every page went through rehype.
 *
 * Start tags whose attributes are all plain strings (below) are written here; any other is parsed
 * alone with rehype and written by it (once for each distinct tag of the build, as most repeat on
 * every page). Throws through `readFast` (html-scan.ts) for a tag it cannot place, so the caller falls
 * back to parsing the whole page.
 */
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { attributesOf, decodeText, unsupported, type HtmlToken } from './html-scan.ts';

const fragments = rehype().data('settings', { fragment: true }).freeze();
const documents = rehype().freeze();

/**
 * HTML attributes that hast keeps as plain strings (property-information gives them no boolean, number
 * or list type), so rehype writes them back as `name="value"`. `class` and `rel` are lists, but one
 * written with single spaces comes back the same.
 */
const plainAttributes = new Set([
  'href',
  'id',
  'lang',
  'alt',
  'content',
  'name',
  'type',
  'src',
  'role',
  'title',
  'charset',
  'property',
  'method',
  'action',
  'scope',
  'aria-label',
  'aria-current',
  'autocomplete',
  'inputmode',
  'placeholder',
  'media',
  'as',
  'datetime',
]);

/** An attribute value as rehype writes it between double quotes. */
export const rehypeAttribute = (value: string) =>
  value.replace(/[&"'`]/g, (character) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`);

/** A text as rehype writes it (not in a script or style). */
export const rehypeText = (text: string) => text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');

const isPlain = (name: string, value: string | undefined) =>
  value !== undefined &&
  (plainAttributes.has(name) ||
    (name.startsWith('data-') && /^data-[a-z0-9-]+$/.test(name)) ||
    ((name === 'class' || name === 'rel') && /^\S+(?: \S+)*$/.test(value)));

/** A start tag as rehype writes it, and the element's name as its end tag gives it. */
interface Written {
  start: string;
  name: string;
}

const written = new Map<string, Written>();

/** The first element child of `parent`. */
function firstElement(parent: Root | Element): Element | undefined {
  for (const child of parent.children) if (child.type === 'element') return child as Element;
  return undefined;
}

/** An element alone, without its children, as rehype writes it: start tag, and end tag unless void. */
function startTagOf(element: Element, inSvg: boolean): Written {
  const alone: Element = { ...element, children: [] };
  const root: Root = {
    type: 'root',
    children: [inSvg ? { type: 'element', tagName: 'svg', properties: {}, children: [alone] } : alone],
  };
  let html = documents.stringify(root);
  if (inSvg) html = html.slice('<svg>'.length, -'</svg>'.length);
  const end = `</${element.tagName}>`;
  return { start: html.endsWith(end) ? html.slice(0, -end.length) : html, name: element.tagName };
}

/** Parses one start tag alone (in the context the page gives it) and has rehype write it. */
function parsedStartTag(token: Extract<HtmlToken, { kind: 'tag' }>, inSvg: boolean): Written {
  const closed = token.opens ? `${token.raw}</${token.rawName}>` : token.raw;
  let element: Element | undefined;
  if (token.name === 'html' || token.name === 'head' || token.name === 'body') {
    const page =
      token.name === 'html'
        ? `<!doctype html>${token.raw}<head></head><body></body></html>`
        : token.name === 'head'
          ? `<!doctype html><html>${token.raw}</head><body></body></html>`
          : `<!doctype html><html><head></head>${token.raw}</body></html>`;
    const html = firstElement(documents.parse(page));
    element =
      token.name === 'html'
        ? html
        : (html?.children.find((child) => child.type === 'element' && child.tagName === token.name) as
            Element | undefined);
  } else if (inSvg) {
    const svg = firstElement(fragments.parse(`<svg>${closed}</svg>`));
    element = svg && firstElement(svg);
  } else element = firstElement(fragments.parse(closed));
  if (!element || element.tagName.toLowerCase() !== token.name) unsupported(`<${token.name}> alone`);
  return startTagOf(element, inSvg);
}

/** A start tag as rehype writes it. */
export function rehypeStartTag(token: Extract<HtmlToken, { kind: 'tag' }>, inSvg: boolean): Written {
  const key = `${inSvg ? 's' : 'h'}${token.raw}`;
  let found = written.get(key);
  if (found) return found;
  const attributes = attributesOf(token.attributes);
  const names = attributes.map(([name]) => name);
  const plain =
    !inSvg &&
    token.name !== 'svg' &&
    token.name !== 'html' &&
    token.name !== 'head' &&
    token.name !== 'body' &&
    new Set(names).size === names.length &&
    attributes.every(([name, value]) => isPlain(name, value));
  found = plain
    ? {
        start: `<${token.name}${attributes
          .map(([name, value]) => ` ${name}="${rehypeAttribute(decodeText(value ?? ''))}"`)
          .join('')}>`,
        name: token.name,
      }
    : parsedStartTag(token, inSvg);
  written.set(key, found);
  return found;
}

const dangerousComment = /^>|^->|<!--|-->|--!>|<!-$/;

/**
 * The page's tokens written as rehype writes them, with `replace` giving what to write for a text token
 * instead (the glossary links), or undefined to write it as it is.
 */
export function writeAsRehype(
  tokens: readonly HtmlToken[],
  replace: (token: Extract<HtmlToken, { kind: 'text' }>, index: number) => string | undefined,
): string {
  const out: string[] = [];
  // The names of the open elements as their end tags give them, and how many are SVG.
  const open: string[] = [];
  let svgDepth = 0;
  tokens.forEach((token, index) => {
    if (token.kind === 'text') {
      out.push(replace(token, index) ?? rehypeText(token.value));
    } else if (token.kind === 'raw-text') out.push(token.raw);
    else if (token.kind === 'other') {
      if (token.raw === '\n') return; // The line break after <textarea>, which the parser drops.
      if (/^<!doctype/i.test(token.raw)) out.push('<!doctype html>');
      else if (dangerousComment.test(token.raw.slice(4, -3))) unsupported('comment');
      else out.push(token.raw);
    } else if (token.end) {
      const name = open.pop() ?? token.name;
      out.push(`</${name}>`);
      if (token.name === 'svg') svgDepth--;
    } else {
      const inSvg = svgDepth > 0;
      const tag = rehypeStartTag(token, inSvg);
      out.push(tag.start);
      if (token.opens) {
        open.push(tag.name);
        if (token.name === 'svg') svgDepth++;
      } else if (inSvg || token.name === 'svg') out.push(`</${tag.name}>`);
    }
  });
  return out.join('');
}
