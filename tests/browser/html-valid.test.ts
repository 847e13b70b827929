import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateHtml } from '../support/html-validator.ts';
import { distDir } from '../support/site-checks.ts';

describe('valid HTML', () => {
  it('every built page passes the Nu Html Checker with no errors', async () => {
    expect(await validateHtml(distDir)).toEqual([]);
  }, 120_000);

  it('the checker finds the errors in a bad page', async () => {
    const errors = await validateHtml(path.resolve(import.meta.dirname, '../fixtures/bad-site'));
    expect(errors.map((error) => error.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('“img” element must have an “alt” attribute'),
        expect.stringContaining('“li”'),
      ]),
    );
  }, 120_000);
});
