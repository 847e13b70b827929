import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateHtml, type HtmlError } from '../support/html-validator.ts';
import { distDir } from '../support/site-checks.ts';

describe('valid HTML', () => {
  // One run of the checker for both folders: each run starts a Java virtual machine, seconds of CPU.
  let site: HtmlError[] = [];
  let badSite: HtmlError[] = [];
  beforeAll(async () => {
    [site = [], badSite = []] = await validateHtml(distDir, path.resolve(import.meta.dirname, '../fixtures/bad-site'));
  }, 120_000);

  it('every built page passes the Nu Html Checker with no errors', () => {
    expect(site).toEqual([]);
  });

  it('the checker finds the errors in a bad page', () => {
    expect(badSite.map((error) => error.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('“img” element must have an “alt” attribute'),
        expect.stringContaining('“li”'),
      ]),
    );
  });
});
