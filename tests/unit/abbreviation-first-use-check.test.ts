import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markdownTree } from '../../src/lib/content-checks/markdown-tree.ts';
import remarkAbbreviationFirstUse from '../../src/lib/content-checks/remark-abbreviation-first-use.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/prose/abbreviation-not-written-out.mdx');
const glossary = [
  { id: 'ehc-plan', term: 'Education, health and care plan', abbreviation: 'EHCP', otherWords: ['EHC plan'] },
  { id: 'senco', term: 'Special educational needs co-ordinator', abbreviation: 'SENCO' },
];

async function findings(): Promise<string[]> {
  const text = await readFile(fixture, 'utf8');
  const file = new VFile({ path: fixture, value: text });
  await unified().use(remarkAbbreviationFirstUse, { glossary }).run(markdownTree(text, true), file);
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`);
}

describe('npm run check:content and the abbreviation rule', () => {
  it('reports a first use that is not written out, from the description on, skipping headings, at its line', async () => {
    expect(await findings()).toMatchInlineSnapshot(`
      [
        "3:22 abbreviation-not-written-out: The first use of "EHC plan" is not written out. Write it as "Education, health and care plan (EHC plan)" the first time, in any case that suits the sentence.",
        "8:9 abbreviation-not-written-out: The first use of "SENCO" is not written out. Write it as "Special educational needs co-ordinator (SENCO)" the first time, in any case that suits the sentence.",
      ]
    `);
  });
});
