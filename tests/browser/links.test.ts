import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, distDir, linkTextAndImageProblems } from '../support/site-checks.ts';

const badSite = path.resolve(import.meta.dirname, '../fixtures/bad-site');

describe('links and images in the built site', () => {
  it('has no broken internal link or fragment', async () => {
    expect(await brokenLinks(distDir)).toEqual([]);
  });

  it('has no vague link text and no image without alt text', async () => {
    expect(await linkTextAndImageProblems(distDir)).toEqual([]);
  });
});

describe('the link and image checks catch a bad page', () => {
  it('reports missing pages and missing fragments', async () => {
    expect(await brokenLinks(badSite)).toEqual([
      'about/index.html: link to /#top goes to a part of the page that does not exist',
      'index.html: link to /missing/ goes to a page that does not exist',
      'index.html: link to /about/#nowhere goes to a part of the page that does not exist',
    ]);
  });

  it('reports "click here" and an image without alt text', async () => {
    expect(await linkTextAndImageProblems(badSite)).toEqual([
      'index.html: link text "click here" does not say where it goes',
      'index.html: image /photo.jpg has no alt attribute',
    ]);
  });
});
