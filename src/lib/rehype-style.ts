/**
 * Text and attribute values escaped as rehype (hast-util-to-html, default settings) writes them, for the
 * glossary links the fast pass (explain-abbreviations-in-html.ts) puts into a page.
 */

/** An attribute value as rehype writes it between double quotes. */
export const rehypeAttribute = (value: string) =>
  value.replace(/[&"'`]/g, (character) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`);

/** A text as rehype writes it (not in a script or style). */
export const rehypeText = (text: string) => text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
