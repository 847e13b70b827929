import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntryLike } from '../../src/lib/abbreviation-rule.ts';
import { explainAbbreviations } from '../../src/lib/explain-abbreviations-in-html.ts';
import { linkGlossaryTerms, linkNames } from '../../src/lib/glossary-links.ts';
import { findMain } from '../../src/lib/page-text.ts';
import { decodeText, scanHtml } from '../../src/lib/html-scan.ts';

const glossary: GlossaryEntryLike[] = [
  { id: 'send', term: 'Special educational needs and disabilities', abbreviation: 'SEND', otherWords: [] },
  { id: 'cqc', term: 'Care Quality Commission', abbreviation: 'CQC', otherWords: [] },
];
const page = (main: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>A &amp; B</title><script type="module">if (a<b) x('</p>')</script></head><body><a href="/">Home</a><main>${main}</main></body></html>`;
const html5 = rehype().freeze();

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
  const href = (id: string) => `/glossary/${id}/`;
  /** What the page was when every page went through rehype: parsed, linked in the tree, written by rehype. */
  const reference = (html: string) => {
    const tree = html5.parse(html);
    const main = findMain(tree);
    if (main) linkGlossaryTerms(main, glossary, href, linkNames(tree));
    return html5.stringify(tree);
  };
  const mainText = (html: string) =>
    html.slice(html.indexOf('<main'), html.lastIndexOf('</main>')).replace(/<[^>]*>/g, ' ');
  const richPage = (main: string) =>
    `<!DOCTYPE html><html lang="en-GB" class="x"><head><meta charset="utf-8"><meta name="description" content="Dorset&#39;s &quot;plan&quot; &amp; more"><link rel="stylesheet" href="/a.css"><title>A &amp; B</title></head>` +
    `<body data-x="[&quot;a&quot;]"><header data-pagefind-ignore><a href="/" rel="home">Home</a></header>` +
    `<main id="main" tabindex="-1">${main}</main>` +
    `<footer><svg viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M0 0h10"/><linearGradient id="g"></linearGradient></svg>` +
    `<textarea name="m" rows="5">\n</textarea><ol reversed start="3"><li hidden>x</li></ol><input type="checkbox" checked value="a"></footer></body></html>`;
  const mains = [
    '<p>Special educational needs and disabilities (SEND) &amp; the CQC.</p><p>SEND again</p>',
    '<h2 id="a">SEND</h2><p data-abbreviations-ignore="">CQC</p><nav><p>SEND</p></nav><p>Tom &lt;CQC&gt; SEND</p>',
    '<p>It&#39;s the <a href="/x?a=1&amp;b=2">CQC</a> and Care Quality Commission (CQC)</p>',
    '<p>a<div>b</div>SEND</p>',
  ];

  it('gives the page rehype gave, with the same links and main text', () => {
    // All but the last are read by the fast reader: the last, by the full parser.
    expect(mains.map((main) => scanHtml(richPage(main)) !== undefined)).toEqual([true, true, true, false]);
    for (const main of mains) {
      const fast = explainAbbreviations(richPage(main), glossary, href);
      // The same page once read (the fast reader leaves what it does not change as it was written).
      expect(html5.stringify(html5.parse(fast.html))).toBe(reference(richPage(main)));
      expect(fast.mainText).toBe(mainText(reference(richPage(main))));
    }
  });

  it('leaves the page outside <main> as it was written', () => {
    const page = richPage(mains[0] ?? '');
    const { html } = explainAbbreviations(page, glossary, href);
    const outside = (text: string) => [text.slice(0, text.indexOf('<main')), text.slice(text.indexOf('</main>'))];
    expect(html).toContain('class="govuk-link app-abbreviation"');
    expect(outside(html)).toEqual(outside(page));
  });

  it('leaves a page without <main> exactly as it was', () => {
    const html = page('').replace(/<\/?main>/g, '');
    expect(explainAbbreviations(html, glossary, href).html).toBe(html);
  });
});
