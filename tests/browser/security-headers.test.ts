import { createHash } from 'node:crypto';
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

// Against the local server, or a deployed site (a Netlify deploy preview, say) with
// SEND_SITE_URL=https://… npx vitest run tests/browser/security-headers.test.ts
describe('the served site sends those headers', () => {
  let site: Pick<ServedSite, 'url' | 'at' | 'close'>;
  beforeAll(async () => {
    const deployed = process.env.SEND_SITE_URL;
    site = deployed
      ? { url: deployed, at: (pathname: string) => new URL(pathname, deployed).toString(), close: async () => {} }
      : await serveSite({ distDir });
  });
  afterAll(() => site?.close());

  // Checked against the requirements themselves, not against what the server's own parser reads from
  // netlify.toml: a server that dropped or changed a header would fail here.
  it('on a page', async () => {
    const response = await fetch(site.at('/statement/'));
    expect(response.status).toBe(200);
    const policy = directives(response.headers.get('content-security-policy') ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cache-control')).toMatch(/max-age=0/);
    // The page's one inline script (GOV.UK Frontend's snippet) is allowed by its hash in the policy it comes with.
    const inline = [...(await response.text()).matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1] ?? '');
    expect(inline).toHaveLength(1);
    for (const script of inline)
      expect(policy.get('script-src')).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
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
