import { describe, expect, it } from 'vitest';
import { addSearchKeywords, glossaryKeywords } from '../../../src/lib/search/index-keywords.ts';
import { glossary } from './glossary-fixture.ts';

describe('glossary words in the search index', () => {
  it('adds every other way of saying a term the page uses, not the ones it already says', () => {
    expect(glossaryKeywords('Families waited for EHC plans.', glossary)).toEqual([
      'EHCP',
      'Education, health and care plan',
    ]);
  });

  it('adds nothing for terms the page does not use', () => {
    expect(glossaryKeywords('The council published its report.', glossary)).toEqual([]);
  });

  it('fills the placeholder with hidden metadata Pagefind searches but never shows in an excerpt', () => {
    const html =
      '<header>EHCP</header><main><div hidden data-pagefind-ignore><span data-app-search-keywords=""></span></div><p>A tribunal & more</p></main>';
    const filled = addSearchKeywords(html, glossary);
    expect(filled).toContain(
      '<div hidden data-pagefind-ignore><span data-pagefind-meta="keywords">SEND Tribunal, appeal</span></div>',
    );
    // Only the main content counts: "EHCP" in the header does not add the plan's words.
    expect(filled).not.toContain('Education, health');
  });

  it('leaves pages without the placeholder alone', () => {
    expect(addSearchKeywords('<main>EHCP</main>', glossary)).toBe('<main>EHCP</main>');
  });
});
