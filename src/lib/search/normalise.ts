/**
 * Words for comparing what someone typed with glossary words: lower case, accents and
 * punctuation dropped, so "Co-ordinator", "co ordinator" and "co‑ordinator" compare equal.
 * Every page of the build goes through this (the search keywords). Once accents and curly quotes are
 * gone, almost every page is plain ASCII, which splits a few times faster with a pattern that knows only
 * ASCII than with Unicode's letter and number classes; the words are the same.
 */
export function words(text: string): string[] {
  const decomposed = text.normalize('NFKD');
  const folded = (nonAscii.test(decomposed) ? decomposed.replace(/\p{M}/gu, '') : decomposed)
    .toLowerCase()
    .replace(/['’]/g, '');
  return folded.split(nonAscii.test(folded) ? /[^\p{L}\p{N}]+/u : asciiBreaks).filter(Boolean);
}

const nonAscii = /[^\0-\x7f]/;
/** ASCII's characters that are neither letters nor digits, in runs. */
const asciiBreaks = /[\0-/:-@[-`{-\x7f]+/;

/** Whether two words are the same, allowing a plural "s" either side ("review" and "reviews", "EHCP" and "EHCPs"). */
export function sameWord(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s`;
}
