import { describe, expect, test } from 'vitest';
import { sanitisePagePath } from '../../../src/lib/feedback/page-path.ts';

describe('the page address sent with feedback', () => {
  test('keeps a plain site path', () => {
    expect(sanitisePagePath('/statement/listen-and-involve/')).toBe('/statement/listen-and-involve/');
  });

  test('drops the query string and fragment', () => {
    expect(sanitisePagePath('/search/?q=my+son+Tom#results')).toBe('/search/');
  });

  test('keeps only the path of a full address', () => {
    expect(sanitisePagePath('https://dorset-send.netlify.app/progress/?utm_source=email')).toBe('/progress/');
  });

  test('replaces email addresses, plain or encoded', () => {
    expect(sanitisePagePath('/search/jane.smith@example.com/')).toBe('/search/[email]/');
    expect(sanitisePagePath('/search/jane.smith%40example.com/')).toBe('/search/[email]/');
  });

  test('can never point at another site', () => {
    for (const input of ['//evil.example/x', '/\\evil.example/x', '/%2F%2Fevil.example/x', '\\\\evil.example']) {
      const path = sanitisePagePath(input);
      expect(path === null || (path.startsWith('/') && !path.startsWith('//'))).toBe(true);
    }
  });

  test('refuses what is not a web address', () => {
    expect(sanitisePagePath('javascript:alert(1)')).toBe(null);
    expect(sanitisePagePath('data:text/html,hi')).toBe(null);
    expect(sanitisePagePath('')).toBe(null);
    expect(sanitisePagePath(42)).toBe(null);
    expect(sanitisePagePath(undefined)).toBe(null);
  });

  test('removes control characters and keeps at most 300 characters', () => {
    expect(sanitisePagePath('/a\u0000b/')).toBe('/ab/');
    expect(sanitisePagePath(`/${'x'.repeat(1000)}`)?.length).toBe(300);
  });
});
