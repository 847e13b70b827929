import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  firstUsesNotWrittenOut,
  notWrittenOutMessage,
  type GlossaryEntryLike,
} from '../../src/lib/abbreviation-rule.ts';
import { contentDirectory } from '../../src/lib/content-directory.ts';
import { mainText } from '../../src/lib/page-text.ts';
import { distDir, htmlFiles } from '../support/site-checks.ts';

const badSite = path.resolve(import.meta.dirname, '../fixtures/bad-abbreviations');
/** The glossary page is where the words are explained; the rule is for every other page. */
const explainedElsewhere = new Set(['glossary/index.html']);

async function glossary(): Promise<GlossaryEntryLike[]> {
  return (parseYaml(await readFile(path.join(contentDirectory(), 'glossary.yaml'), 'utf8')) ??
    []) as GlossaryEntryLike[];
}

/** Each built page whose first use of an abbreviation is not written out, with what to write. */
async function problems(root: string, entries: readonly GlossaryEntryLike[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of await htmlFiles(root)) {
    if (explainedElsewhere.has(name)) continue;
    const text = mainText(await readFile(path.join(root, name), 'utf8'));
    for (const use of firstUsesNotWrittenOut(text, entries)) found.push(`${name}: ${notWrittenOutMessage(use)}`);
  }
  return found;
}

describe('abbreviations in the built site', () => {
  it('writes out the first use of every glossary abbreviation on each page', async () => {
    expect(await problems(distDir, await glossary())).toEqual([]);
  });
});

describe('the abbreviation check catches a page that does not write one out', () => {
  it('reports the first use in the text, not the heading or the header', async () => {
    const entries = [
      { id: 'ehc-plan', term: 'Education, health and care plan', abbreviation: 'EHCP', otherWords: ['EHC plan'] },
      { id: 'send', term: 'Special educational needs and disabilities', abbreviation: 'SEND' },
    ];
    expect(await problems(badSite, entries)).toEqual([
      'index.html: The first use of "EHC plan" is not written out. Write it as "Education, health and care plan (EHC plan)" the first time, in any case that suits the sentence.',
    ]);
  });
});
