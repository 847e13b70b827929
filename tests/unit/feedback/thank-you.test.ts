import { describe, expect, test } from 'vitest';
import type { Shell } from '../../../src/lib/feedback/shell.ts';
import { handleThankYou, thankYouLocation } from '../../../src/lib/feedback/thank-you.ts';

const shell: Shell = {
  html: '<!doctype html><html lang="en-GB"><head><title>Give feedback - Test</title></head><body><main><template data-app-shell="start"></template><p>Shell content</p><template data-app-shell="end"></template></main></body></html>',
  headers: new Headers({ 'content-security-policy': "default-src 'self'" }),
};
const visit = (query: string, method = 'GET') =>
  handleThankYou(new Request(`https://send.example/feedback/thank-you/${query}`, { method }), async () => shell);

describe('the thank-you page', () => {
  test('thanks them and links back to the page they were on', async () => {
    const response = await visit('?page=%2Fstatement%2F');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<title>Thank you for your feedback - Test</title>');
    expect(page).toContain('<h1 class="govuk-panel__title">Thank you for your feedback</h1>');
    expect(page).toContain('<a class="govuk-link" href="/statement/">Go back to the page you were on</a>');
    expect(page).not.toContain('Shell content');
    expect(page).not.toContain('<form');
  });

  test('after a "No" vote asks what was wrong, with the form for that page', async () => {
    const page = await (await visit('?page=%2Fprogress%2F&useful=no')).text();
    expect(page).toContain('Help us improve this page');
    expect(page).toContain('<input type="hidden" name="page" value="/progress/">');
  });

  test('only ever links to a page of this site', async () => {
    for (const [query, expected] of [
      ['?page=//evil.example/x', 'href="/x"'],
      ['?page=javascript:alert(1)', 'href="/"'],
      ['?page=https://evil.example/', 'href="/"'],
      ['', 'href="/"'],
      ['?page="><script>alert(1)</script>', 'href="/%22%3E%3Cscript%3Ealert(1)%3C/script%3E"'],
    ] as const) {
      const page = await (await visit(query)).text();
      expect(page).toContain(`${expected}>Go back to the page you were on`);
      expect(page).not.toContain('<script>alert');
    }
  });

  test('answers HEAD without a body and other methods with 405', async () => {
    const head = await visit('?page=%2F', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await visit('', 'POST')).status).toBe(405);
  });

  test('has an address the endpoint redirects to', () => {
    expect(thankYouLocation('/a b/', false)).toBe('/feedback/thank-you/?page=%2Fa+b%2F');
    expect(thankYouLocation(null, true)).toBe('/feedback/thank-you/?page=%2F&useful=no');
  });
});
