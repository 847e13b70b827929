/**
 * Words for comparing what someone typed with glossary words: lower case, accents and
 * punctuation dropped, so "Co-ordinator", "co ordinator" and "co‑ordinator" compare equal.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether two words are the same, allowing a plural "s" either side ("review" and "reviews", "EHCP" and "EHCPs"). */
export function sameWord(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s`;
}
