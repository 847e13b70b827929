import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, test, vi } from 'vitest';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJavaScript } from '../support/browser.ts';
import { useOneTab, useSiteInBrowser } from '../support/site-in-browser.ts';
import { storedFeedback } from '../support/stored-feedback.ts';

// A content page that every build has; the feedback forms are on every page through BaseLayout.
const pagePath = '/statement/';
const distDir = path.resolve(import.meta.dirname, '../../dist');

// axe on a whole page takes seconds; each test here runs it several times.
vi.setConfig({ testTimeout: 120_000 });
// The whole page as it loads is swept by tests/browser/accessibility.test.ts (every page in the sitemap,
// this one included); the states these tests make change only the feedback section, so axe checks that.
const feedbackSection = { include: '.app-feedback' };

// Its own server: storedFeedback() reads the store that server points this process at.
const session = useSiteInBrowser({ ownServer: true });
const open = useOneTab(session);

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      text: (element as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ?? '',
      id: element?.id ?? '',
      summary: Boolean(element?.matches('[data-app-error-summary]')),
    };
  });

async function newEntries(before: number) {
  const all = await storedFeedback();
  return all
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(before)
    .map(({ entry }) => {
      const { receivedAt, ...rest } = entry;
      expect(Date.now() - Date.parse(receivedAt)).toBeLessThan(120_000);
      return rest;
    });
}

describe('the built pages', () => {
  test('have no inline scripts or styles, which the Content-Security-Policy would block, but those it allows by hash', async () => {
    const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(5);
    // GOV.UK Frontend's one-line snippet in BaseLayout is allowed by its hash in netlify.toml's policy.
    const netlifyToml = await readFile(path.resolve(import.meta.dirname, '../../netlify.toml'), 'utf8');
    const allowedByHash = (script: string) =>
      netlifyToml.includes(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    const offending: string[] = [];
    for (const file of files) {
      const html = await readFile(path.join(distDir, file), 'utf8');
      const inlineScripts = [
        ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([^<]*)<\/script>/g),
      ]
        .filter((match) => !allowedByHash(match[1] ?? ''))
        .map((match) => match[0]);
      const inlineStyles = html.match(/<style[\s>]|\sstyle="/g) ?? [];
      if (inlineScripts.length + inlineStyles.length > 0)
        offending.push(`${file}: ${[...inlineScripts, ...inlineStyles].join(' ')}`);
    }
    expect(offending).toEqual([]);
  });

  test('hide the feedback forms in print', async () => {
    const page = await open(pagePath, true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-feedback').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.app-feedback').isVisible()).toBe(true);
  });
});

describe('feedback with JavaScript', () => {
  test('"Yes" is sent in place and focus moves to the thanks', async () => {
    const before = (await storedFeedback()).length;
    const page = await open(pagePath, true);
    await expectNoAxeViolations(page, feedbackSection);
    await page.getByRole('button', { name: 'Yes this page is useful' }).click();
    // Generous: the form's module loads when the form is first used, and a busy machine slows that.
    await expect.poll(async () => (await focused(page)).text, { timeout: 30_000 }).toBe('Thank you for your feedback');
    expect(page.url()).toBe(session.site.at(pagePath));
    await expectNoAxeViolations(page, feedbackSection);
    expect(await newEntries(before)).toEqual([{ form: 'useful', useful: 'yes', page: pagePath }]);
  });

  test('each submission is stored under an id made in the browser when it is sent, never one in the page', async () => {
    const before = new Set((await storedFeedback()).map(({ key }) => key));
    const page = await open(pagePath, true);
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    expect(await page.content()).not.toMatch(uuid);
    const sentIds: string[] = [];
    const onRequest = (request: Request) => {
      if (request.url().endsWith('/api/feedback')) sentIds.push(String(JSON.parse(request.postData() ?? '{}').id));
    };
    page.on('request', onRequest);
    await page.getByRole('button', { name: 'Yes this page is useful' }).click();
    await expect.poll(async () => (await focused(page)).text, { timeout: 30_000 }).toBe('Thank you for your feedback');
    const added = (await storedFeedback()).filter(({ key }) => !before.has(key));
    expect(added).toHaveLength(1);
    expect(sentIds).toHaveLength(1);
    expect(sentIds[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(added[0]?.key).toBe(`${new Date().toISOString().slice(0, 10)}/${sentIds[0]}`);
    // The tab is the next test's too (useOneTab).
    page.off('request', onRequest);
  });

  test('"No" opens the problem form and thanks them', async () => {
    const before = (await storedFeedback()).length;
    const page = await open(pagePath, true);
    await page.getByRole('button', { name: 'No this page is not useful' }).click();
    // Generous, as for "Yes": the form's module loads when it is opened, and a busy machine slows that.
    await expect
      .poll(async () => (await focused(page)).text, { timeout: 30_000 })
      .toContain('Thank you for your feedback');
    expect(await page.locator('[data-app-feedback-details]').getAttribute('open')).toBe('');
    await expectNoAxeViolations(page, feedbackSection);
    expect(await newEntries(before)).toEqual([{ form: 'useful', useful: 'no', page: pagePath }]);
  });

  test('a problem report shows errors in place, keeps the text, then sends', async () => {
    const before = (await storedFeedback()).length;
    const page = await open(pagePath, true);
    await page.getByText('Report a problem with this page').click();
    const message = page.getByLabel('What do you want to tell us?');
    await expect.poll(() => message.isVisible()).toBe(true);
    // Without "Yes", the email field stays hidden (GOV.UK's conditional reveal).
    expect(await page.getByLabel('Email address').isVisible()).toBe(false);
    await expectNoAxeViolations(page, feedbackSection);

    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(async () => (await focused(page)).summary, { timeout: 30_000 }).toBe(true);
    const summary = page.locator('[data-app-error-summary]');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Enter what you want to tell us',
      'Select yes if you want us to reply',
      'Select which council your feedback is about',
    ]);
    expect(await page.locator('#feedback-message-error').textContent()).toBe('Error: Enter what you want to tell us');
    // "Error: " starts the title with JavaScript as it does on the server's error page.
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page, feedbackSection);

    const typed = 'The link to the local offer does not work.\nIt goes to a page that is not there.';
    await page.getByLabel('What do you want to tell us?').fill(typed);
    await expect
      .poll(() => page.locator('.govuk-character-count__message[aria-hidden="true"]').textContent())
      .toBe(`You have ${(1200 - typed.length).toLocaleString('en-GB')} characters remaining`);
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByLabel('Email address').fill('parent@example');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(async () => (await focused(page)).summary).toBe(true);
    expect(await page.locator('[data-app-error-summary] a').allTextContents()).toEqual([
      'Enter an email address in the correct format, like name@example.com',
      'Select which council your feedback is about',
    ]);
    expect(await page.getByLabel('What do you want to tell us?').inputValue()).toBe(typed);
    expect(await page.getByLabel('Email address').inputValue()).toBe('parent@example');
    await expectNoAxeViolations(page, feedbackSection);

    await page
      .getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' })
      .click();
    expect((await focused(page)).id).toBe('feedback-email');

    await page.getByLabel('Email address').fill('parent@example.com');
    await page.getByRole('radio', { name: 'Dorset Council' }).check();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect
      .poll(async () => (await focused(page)).text)
      .toBe('Thank you for your feedback We will reply to you by email.');
    expect(page.url()).toBe(session.site.at(pagePath));
    expect(await page.title()).not.toMatch(/^Error: /);
    await expectNoAxeViolations(page, feedbackSection);
    expect(await newEntries(before)).toEqual([
      {
        form: 'problem',
        message: typed,
        reply: 'yes',
        email: 'parent@example.com',
        council: 'Dorset Council',
        page: pagePath,
      },
    ]);
  });
});

describe('feedback without JavaScript', () => {
  test('"Yes" goes to a thank-you page that links back', async () => {
    const before = (await storedFeedback()).length;
    const page = await open(pagePath, false);
    await page.getByRole('button', { name: 'Yes this page is useful' }).click();
    await page.waitForURL(/\/feedback\/thank-you\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you for your feedback');
    expect(await page.title()).toMatch(/^Thank you for your feedback - /);
    await expectNoAxeViolationsWithoutJavaScript(page);
    await page.getByRole('link', { name: 'Go back to the page you were on' }).click();
    await page.waitForURL(session.site.at(pagePath));
    expect(await newEntries(before)).toEqual([{ form: 'useful', useful: 'yes', page: pagePath }]);
  });

  test('a problem report with errors shows GOV.UK’s error summary and keeps the text, then sends', async () => {
    const before = (await storedFeedback()).length;
    const page = await open(pagePath, false);
    await page.getByText('Report a problem with this page').click();
    const typed = 'Text typed without JavaScript <b>bold?</b> & more';
    await page.getByLabel('What do you want to tell us?').fill(typed);
    // Without JavaScript the email field is always there; it only matters with "Yes".
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByLabel('Email address').fill('not an email');
    await page.getByRole('button', { name: 'Send feedback' }).click();

    await page.waitForURL(session.site.at('/api/feedback'));
    expect(await page.title()).toMatch(/^Error: Report a problem with this page - /);
    const summary = page.locator('.govuk-error-summary');
    expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe('There is a problem');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Enter an email address in the correct format, like name@example.com',
      'Select which council your feedback is about',
    ]);
    expect(await page.getByLabel('What do you want to tell us?').inputValue()).toBe(typed);
    expect(await page.getByLabel('Email address').inputValue()).toBe('not an email');
    expect(await page.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    await expectNoAxeViolationsWithoutJavaScript(page);

    await page.getByLabel('Email address').fill('parent@example.com');
    await page.getByRole('radio', { name: 'BCP Council' }).check();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForURL(/\/feedback\/thank-you\/\?page=%2Fstatement%2F$/);
    await expectNoAxeViolationsWithoutJavaScript(page);
    expect(await page.getByRole('link', { name: 'Go back to the page you were on' }).getAttribute('href')).toBe(
      pagePath,
    );
    expect(await newEntries(before)).toEqual([
      {
        form: 'problem',
        message: typed,
        reply: 'yes',
        email: 'parent@example.com',
        council: 'BCP Council',
        page: pagePath,
      },
    ]);
  });

  test('"No" goes to a thank-you page that asks what was wrong', async () => {
    const page = await open(pagePath, false);
    await page.getByRole('button', { name: 'No this page is not useful' }).click();
    await page.waitForURL(/useful=no/);
    expect(await page.getByRole('heading', { name: 'Help us improve this page' }).isVisible()).toBe(true);
    expect(await page.getByLabel('What do you want to tell us?').isVisible()).toBe(true);
    await expectNoAxeViolationsWithoutJavaScript(page);
  });
});
