import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntryLike } from '../../src/lib/abbreviation-rule.ts';
import { explainAbbreviations } from '../../src/lib/explain-abbreviations-in-html.ts';
import { decodeText, scanHtml } from '../../src/lib/html-scan.ts';

const glossary: GlossaryEntryLike[] = [
  { id: 'send', term: 'Special educational needs and disabilities', abbreviation: 'SEND', otherWords: [] },
  { id: 'cqc', term: 'Care Quality Commission', abbreviation: 'CQC', otherWords: [] },
];
const page = (main: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>A &amp; B</title><script type="module">if (a<b) x('</p>')</script></head><body><a href="/">Home</a><main>${main}</main></body></html>`;
const html5 = rehype().freeze();
/** What the page reads as, whatever way it is written. */
const asRead = (html: string) => html5.stringify(html5.parse(html));

describe('the fast HTML reader', () => {
  it('reads text with its character references decoded, and scripts as they are', () => {
    const tokens = scanHtml(page('<p>Tom &amp; Jerry&#39;s &#x2019;&nbsp;</p>')) ?? [];
    expect(tokens.filter((token) => token.kind === 'text').map((token) => token.value)).toEqual([
      'A & B',
      'Home',
      "Tom & Jerry's \u2019\u00a0",
    ]);
    expect(tokens.find((token) => token.kind === 'raw-text')?.raw).toBe("if (a<b) x('</p>')");
  });

  it('follows nested lists, SVG and void elements', () => {
    expect(
      scanHtml(page('<ul><li>a<ul><li>b</li></ul></li></ul><svg><path d="M0"/><title>t</title></svg><br><img alt="">')),
    ).toBeDefined();
  });

  it('gives up on anything the HTML5 parser would read differently from how it is written', () => {
    for (const main of [
      '<p>a<div>b</div></p>', // <div> closes the paragraph
      '<li>a<li>b', // list items closed by the parser
      '<p>a</span>', // a stray end tag
      '<a href="/">a<a href="/">b</a></a>',
      '<p>&unknown;</p>',
      '<p>&amp</p>',
      '<table>text</table>',
      '<template><p>SEND</p></template>',
      '<pre>\nx</pre>',
    ])
      expect(scanHtml(page(main)), main).toBeUndefined();
    expect(() => decodeText('&#128;')).toThrow();
  });
});

describe('glossary links without a full parse', () => {
  const mains = [
    '<p>Special educational needs and disabilities (SEND) &amp; the CQC.</p><p>SEND again</p>',
    '<h2>SEND</h2><p data-abbreviations-ignore="">CQC</p><nav><p>SEND</p></nav><p>Tom &lt;CQC&gt; SEND</p>',
    '<p>a<div>b</div>SEND</p>',
  ];
  it('reads the page as the full parser does, with the same links and main text', () => {
    for (const main of mains) {
      const fast = explainAbbreviations(page(main), glossary, (id) => `/glossary/${id}/`);
      // The full parser's reading, forced by a page it alone reads (an unknown character reference in the head).
      const full = explainAbbreviations(
        page(main).replace('<title>', '<title>&hearts;'),
        glossary,
        (id) => `/glossary/${id}/`,
      );
      expect(asRead(fast.html).replace('&#x26;hearts;', '')).toBe(asRead(full.html).replace('♥', ''));
      expect(fast.mainText.replace(/\s+/g, ' ')).toBe(full.mainText.replace(/\s+/g, ' '));
    }
  });
});
