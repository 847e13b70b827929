/**
 * Checks the every-page sweep (tests/browser/accessibility.test.ts) makes on a page already loaded,
 * so one load of each page serves them all. Each returns what it found wrong, empty when nothing is.
 */
import type { Page } from 'playwright-core';
import { repeatedSentences } from './aria-text.ts';

/** The whole page's tree, banner to footer, as a screen reader user moves through it. */
export const ariaTree = (page: Page): Promise<string> => page.locator('body').ariaSnapshot();

/** Sentences of eight words or more that a screen reader user hears more than twice. */
export async function sentencesHeardTooOften(page: Page): Promise<ReturnType<typeof repeatedSentences>> {
  return repeatedSentences(await ariaTree(page));
}

/** Names used by more than one heading on the page. */
export async function repeatedHeadings(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('heading')
    .evaluateAll((headings) => headings.map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}

/** Link names that lead to more than one place on the page (2.4.4: the name must say where it goes). */
export async function ambiguousLinks(page: Page): Promise<Array<{ name: string; hrefs: string[] }>> {
  const links = await page.getByRole('link').evaluateAll((elements) =>
    elements.map((link) => ({
      // The name as a screen reader gives it: the text, hidden context included.
      name: (link.getAttribute('aria-label') ?? link.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: (link as HTMLAnchorElement).href,
    })),
  );
  const byName = new Map<string, Set<string>>();
  for (const { name, href } of links) byName.set(name, (byName.get(name) ?? new Set()).add(href));
  return [...byName].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => ({ name, hrefs: [...hrefs].sort() }));
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * WCAG 1.4.10 and 1.4.4 on the loaded page: it fits 320 CSS pixels (what 400% zoom leaves of a
 * 1280-pixel window: resizing is what zooming does to a loaded page), and 200% text in a 1280-pixel
 * window, both without scrolling sideways. Leaves the page at 1280 pixels with its text doubled.
 */
export async function sidewaysScrolling(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.setViewportSize({ width: 320, height: 640 });
  const narrow = await pageWidth(page);
  if (narrow > 320) found.push(`${narrow} CSS pixels wide in a 320-pixel window`);
  await page.setViewportSize({ width: 1280, height: 800 });
  // GOV.UK Frontend sizes text in rem, so doubling the root size is what a 200% text setting does.
  // Set through the CSS object model, which the site's Content-Security-Policy rightly allows
  // (it blocks injected <style> elements, so this needs no exception to the policy).
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const wide = await pageWidth(page);
  if (wide > 1280) found.push(`${wide} CSS pixels wide with 200% text in a 1280-pixel window`);
  return found;
}
