import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { govukClasses } from '../../src/lib/markdown/govuk-classes.ts';

function html(markdown: string): string {
  return markdownToHtml(markdown, { hastPlugins: [govukClasses] }).html.trim();
}

describe('GOV.UK classes on Markdown', () => {
  it('style paragraphs, headings, lists and links', () => {
    expect(html('## Plans\n\n### Waiting\n\n#### Now\n\nSee [the glossary](/glossary/).\n\n- one\n\n1. two')).toBe(
      [
        '<h2 class="govuk-heading-l">Plans</h2>',
        '<h3 class="govuk-heading-m">Waiting</h3>',
        '<h4 class="govuk-heading-s">Now</h4>',
        '<p class="govuk-body">See <a href="/glossary/" class="govuk-link">the glossary</a>.</p>',
        '<ul class="govuk-list govuk-list--bullet">\n<li>one</li>\n</ul>',
        '<ol class="govuk-list govuk-list--number">\n<li>two</li>\n</ol>',
      ].join('\n'),
    );
  });

  it('style every part of a table', () => {
    const table = html('| Year | Plans |\n| --- | --- |\n| 2024 | 10 |');
    for (const part of [
      'table class="govuk-table"',
      'thead class="govuk-table__head"',
      'tbody class="govuk-table__body"',
      'tr class="govuk-table__row"',
      'th class="govuk-table__header"',
      'td class="govuk-table__cell"',
    ]) {
      expect(table).toContain(`<${part}`);
    }
  });

  it('style quotes as inset text and rules as section breaks', () => {
    expect(html('> Note this.\n\n---')).toBe(
      '<blockquote class="govuk-inset-text">\n<p class="govuk-body">Note this.</p>\n</blockquote>\n<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible">',
    );
  });

  it('keep classes already there and never repeat one', () => {
    expect(html('<p class="lead govuk-body">Hello</p>')).toBe('<p class="lead govuk-body">Hello</p>');
  });

  it('leave other elements alone', () => {
    expect(html('**Bold** and *text*')).toBe('<p class="govuk-body"><strong>Bold</strong> and <em>text</em></p>');
  });
});
