import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium, without anything that reaches the network by itself. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium, or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium (a fresh profile each time). Call `browser.newContext()` for each test: axe needs one. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** The WCAG levels and best practices every page is held to. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * GOV.UK Frontend's radios put `aria-expanded` on a radio that reveals more questions. ARIA does not
 * allow it on a radio, but GOV.UK keeps it on purpose, because screen readers announce it (known issue
 * alphagov/govuk-frontend#979, research in w3c/aria#1404). Only that finding is set aside: any other is reported.
 */
function withoutKnownGovukIssues(violation: AxeResults['violations'][number]): AxeResults['violations'][number] {
  if (violation.id !== 'aria-allowed-attr') return violation;
  const isGovukConditionalRadio = (html: string) =>
    /^<input class="govuk-radios__input"[^>]*\saria-expanded="(?:true|false)"/.test(html) &&
    !/\saria-(?!expanded|controls)[a-z]+=/.test(html);
  return { ...violation, nodes: violation.nodes.filter((node) => !isGovukConditionalRadio(node.html)) };
}

/** axe-core's browser build, read once for every page it is put into. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe into a frame that does not have it yet. Through the DevTools protocol, as a script the
 * page did not load, so the site's Content-Security-Policy does not block it (and does not have to allow it).
 */
async function injectAxe(frame: Frame): Promise<void> {
  const present = await frame.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!present) await frame.evaluate(axeSource);
}

/**
 * axe-core's own `axe.run` in the page, with axe put into every frame first so it checks inside them
 * too (Decap's preview is an iframe): axe asks each frame's copy for its part by message.
 * Much cheaper than @axe-core/playwright's AxeBuilder, which runs each frame separately and
 * opens a blank page to put the parts together; the rules and results are axe's own either way.
 */
async function runAxe(
  page: Page,
  context: { include: string[] } | undefined,
  options: RunOptions,
): Promise<AxeResults> {
  await Promise.all(page.frames().map(injectAxe));
  type Axe = { run(context: { include: string[] } | Document, options: RunOptions): Promise<AxeResults> };
  return page.evaluate(
    ({ context, options }) => (window as unknown as { axe: Axe }).axe.run(context ?? document, options),
    { context, options },
  );
}

/**
 * Runs axe on the page as it is now and fails with each violation's rule, help text and the
 * elements concerned. `disableRules` must come with a comment at the call saying why.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { disableRules?: string[]; include?: string } = {},
): Promise<void> {
  const { violations } = await runAxe(page, options.include ? { include: [options.include] } : undefined, {
    runOnly: { type: 'tag', values: axeTags },
    // Only violations are read: axe then keeps one example of each pass and each rule that did not apply, not all.
    resultTypes: ['violations'],
    rules: Object.fromEntries((options.disableRules ?? []).map((rule) => [rule, { enabled: false }])),
  });
  const found = violations
    .map(withoutKnownGovukIssues)
    .filter((violation) => violation.nodes.length > 0)
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      elements: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(found, `axe found problems on ${page.url()}`).toEqual([]);
}

/**
 * Runs axe on a page whose context has JavaScript turned off. axe itself needs JavaScript
 * (it waits on timers), so it runs on a copy: the page's HTML as it is now, served at the same
 * address in a context with JavaScript, with the site's scripts blocked so nothing changes it.
 */
export async function expectNoAxeViolationsWithoutJavaScript(
  page: Page,
  options: Parameters<typeof expectNoAxeViolations>[1] = {},
): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('expectNoAxeViolationsWithoutJavaScript needs a page from a launched browser');
  const html = await page.content();
  const context = await browser.newContext();
  try {
    const copy = await context.newPage();
    await copy.route(/\.m?js(?:\?.*)?$/, (route) => route.abort());
    await copy.route(page.url(), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await copy.goto(page.url());
    await expectNoAxeViolations(copy, options);
  } finally {
    await context.close();
  }
}

/**
 * Starts recording what the page reports as wrong: uncaught errors, console errors (which
 * include Content-Security-Policy violations) and any file the page needed that did not load.
 * A page itself may answer 4xx (a form with errors answers 400), so only what it loads counts.
 */
export function recordPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx as "Failed to load resource", the page itself included: see below instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`Console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document')
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
