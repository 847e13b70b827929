import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/unknown-contact');

describe('contacts in .mdx pages', () => {
  it('stop the build on an unknown contact id, naming the file and the ids to use', async () => {
    const result = await runAstro(['build'], fixture);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /Unknown contact id "example-servise" in [^\n]*pages\/contact\.mdx\. Use one of: example-service\./,
    );
  }, 180_000);
});
