import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/astro.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/unknown-contact');

describe('contacts in .mdx pages', () => {
  it('stop the build on an unknown contact id, naming the file and the ids to use', async () => {
    const result = await runBuild(fixture);
    expect(result.ok).toBe(false);
    // Found by the content checks that run beside astro build, which they then stop: seconds, not a whole build.
    expect(result.output).toMatch(
      /pages\/contact\.mdx:\d+:1 {2}error {2}Unknown contact id "example-servise" in [^\n]*pages\/contact\.mdx\. Use one of: example-service\. {2}\(mdx-component\)/,
    );
    expect(result.output).toContain('The build stopped: fix the content errors listed above');
  }, 180_000);
});
