import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, loadNetlifyConfig, type NetlifyConfig } from '../../src/server/netlify-config.ts';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { distDir } from '../support/site-checks.ts';

const netlifyToml = path.resolve(import.meta.dirname, '../../netlify.toml');

/** A Content-Security-Policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('security headers in netlify.toml', () => {
  let config: NetlifyConfig;
  beforeAll(async () => {
    config = await loadNetlifyConfig(netlifyToml);
  });

  it('set a Content-Security-Policy with no inline scripts, no framing and forms only to this site', () => {
    const policy = directives(headersFor(config, '/statement/')['Content-Security-Policy'] ?? '');
    expect(policy.get('script-src')).toBeDefined();
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('set the other security headers on every path', () => {
    for (const pathname of [
      '/',
      '/progress/2019-02-13-ofsted-cqc-revisit/',
      '/pagefind/pagefind.js',
      '/_astro/site.css',
    ]) {
      const headers = headersFor(config, pathname);
      expect(headers['Strict-Transport-Security'], pathname).toMatch(/max-age=\d{7,}/);
      expect(headers['X-Content-Type-Options'], pathname).toBe('nosniff');
      expect(headers['Referrer-Policy'], pathname).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy'], pathname).toContain('camera=()');
      expect(headers['Content-Security-Policy'], pathname).toBeDefined();
    }
  });

  it('cache hashed assets for a year and leave HTML to revalidate', () => {
    expect(headersFor(config, '/_astro/BaseLayout.abc123.css')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor(config, '/statement/')['Cache-Control']).toBeUndefined();
  });

  it('redirect the council’s old statement of action address', () => {
    expect(config.redirects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          from: '/dorset-send-written-statement-of-action.aspx',
          to: '/statement/',
          status: 301,
        }),
      ]),
    );
  });
});

describe('the local server sends the same headers', () => {
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveSite({ distDir });
  });
  afterAll(() => site?.close());

  it('on a page', async () => {
    const response = await fetch(site.at('/statement/'));
    const expected = headersFor(await loadNetlifyConfig(netlifyToml), '/statement/');
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('cache-control')).toMatch(/max-age=0/);
  });

  it('on a hashed asset', async () => {
    const html = await (await fetch(site.at('/'))).text();
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const response = await fetch(site.at(stylesheet ?? '/'));
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('on the redirect from the old address', async () => {
    const response = await fetch(site.at('/dorset-send-written-statement-of-action.aspx'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location') ?? '', site.url).pathname).toBe('/statement/');
  });
});
