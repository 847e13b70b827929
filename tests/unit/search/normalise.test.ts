import { describe, expect, it } from 'vitest';
import { sameWord, words } from '../../../src/lib/search/normalise.ts';

/** The rule as first written, with Unicode's classes throughout: the fast path must give the same words. */
const wordsByTheRule = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

describe('words', () => {
  it('drops case, accents, apostrophes and punctuation', () => {
    expect(words('Co-ordinator, co ordinator and co‑ordinator')).toEqual([
      'co',
      'ordinator',
      'co',
      'ordinator',
      'and',
      'co',
      'ordinator',
    ]);
    expect(words("Children's SENCo café – naïve")).toEqual(['childrens', 'senco', 'cafe', 'naive']);
    expect(words('  ')).toEqual([]);
  });

  it('gives the words the rule gives, on plain ASCII and on any other text', () => {
    const samples = [
      'EHC plans (EHCPs) & SEN/D: 20 weeks.',
      'Tab\there, new\nline, [brackets] {braces} `code` ~tilde^ |pipe| @at_under',
      'Non\u00a0breaking space… “quotes” — dash ½ ² ﬁle Ⅻ',
      'Zoë’s Größe İstanbul ΣΊΣΥΦΟΣ 日本語 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301',
      '\0control\x7fchars\x1f',
    ];
    // Every ASCII character, and a spread of others, one at a time between letters.
    for (let code = 0; code < 0x3000; code += code < 0x80 ? 1 : 37) samples.push(`a${String.fromCodePoint(code)}b c`);
    for (const text of samples) expect(words(text), JSON.stringify(text)).toEqual(wordsByTheRule(text));
  });
});

describe('sameWord', () => {
  it('allows a plural either side', () => {
    expect(sameWord('review', 'reviews')).toBe(true);
    expect(sameWord('EHCPs', 'EHCP')).toBe(true);
    expect(sameWord('review', 'reviewed')).toBe(false);
  });
});
