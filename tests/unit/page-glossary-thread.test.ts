import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withGlossary, type PageGlossary } from '../../src/lib/page-glossary.ts';
import { glossaryThread } from '../../src/lib/page-glossary-thread.ts';

const workerFile = fileURLToPath(new URL('../../src/lib/page-glossary-worker.ts', import.meta.url));
const entries = [
  { id: 'ehc-plan', term: 'Education, health and care plan', abbreviation: 'EHCP', otherWords: ['EHC plan'] },
  { id: 'cqc', term: 'Care Quality Commission', abbreviation: 'CQC', otherWords: [] },
];
const glossary: PageGlossary = { entries, words: entries };

const page = (main: string) =>
  `<!doctype html><html lang="en-GB"><head><title>T</title></head><body><main data-pagefind-body>${main}<span data-app-search-keywords></span></main></body></html>`;

describe('the glossary in a worker thread (the build)', () => {
  it('gives each page what withGlossary gives it, pages sent at once included', async () => {
    const inThread = glossaryThread(workerFile, glossary);
    const pages = [
      page('<p>Your EHCP says what help you get.</p>'),
      page('<p>The Care Quality Commission (CQC) came, and the CQC came back.</p>'),
      page('<p>Nothing from the glossary here.</p>'),
    ];
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    const results = (await Promise.all(pages.map((html) => inThread(encoder.encode(html).slice().buffer)))).map(
      (bytes) => decoder.decode(bytes),
    );
    expect(results).toEqual(pages.map((html) => withGlossary(html, glossary)));
    expect(results[0]).toContain('href="/glossary/#ehc-plan"');
    expect(results[0]).toContain('data-pagefind-meta="keywords">EHC plan</span>');
  });

  it('fails a page, rather than waiting for ever, when the thread cannot start', async () => {
    const inThread = glossaryThread(fileURLToPath(new URL('./no-such-worker.ts', import.meta.url)), glossary);
    const bytes = () => new TextEncoder().encode(page('<p>EHCP</p>')).slice().buffer;
    await expect(inThread(bytes())).rejects.toThrow();
    await expect(inThread(bytes())).rejects.toThrow();
  });
});
