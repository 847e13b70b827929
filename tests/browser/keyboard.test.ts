import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { distDir } from '../support/site-checks.ts';

/** What the focused element is and whether a sighted keyboard user can see where focus is. */
function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const visible = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40),
      id: element.id,
      visible,
      path: element.outerHTML.slice(0, 80),
    };
  });
}

/** Tabs through the whole page from the top and returns each stop, ending when focus leaves the page. */
async function tabThrough(page: Page) {
  const stops = [];
  for (let step = 0; step < 300; step += 1) {
    await page.keyboard.press('Tab');
    const focus = await describeFocus(page);
    if (!focus) break;
    stops.push(focus);
  }
  return stops;
}

// Zoom (320 CSS pixels, and 200% text) is checked on every page by tests/browser/accessibility.test.ts,
// in the same load of each page as its other every-page checks.
describe('keyboard', () => {
  const session = useSiteInBrowser({ distDir });

  it.each(['/', '/statement/right-first-time/'])(
    'on %s the skip link comes first, focus is always visible and nothing traps it',
    async (pathname) => {
      const context = await session.browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(session.site.at(pathname));
        const stops = await tabThrough(page);
        expect(stops[0]?.text).toBe('Skip to main content');
        expect(
          stops.filter((stop) => !stop.visible),
          'focus must be visible at every stop',
        ).toEqual([]);
        // Tabbing went through main content and feedback to the last footer link, then left the page: nothing held focus.
        expect(stops.length).toBeLessThan(300);
        expect(stops.some((stop) => stop.id === 'header-search')).toBe(true);
        expect(stops.at(-1)?.path).toContain('govuk-footer__link');
      } finally {
        await context.close();
      }
    },
    90_000,
  );

  it('the skip link moves focus to the main content', async () => {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(session.site.at('/'));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      // The address changes within the page: Playwright hears of it a moment after the key is up.
      await page.waitForURL(/#main-content$/);
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
      expect(inMain).toBe(true);
    } finally {
      await context.close();
    }
  });
});
