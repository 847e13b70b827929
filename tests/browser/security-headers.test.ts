import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindBundle, pagefindVersion, pagefindWasm } from '../../src/lib/search/pagefind-files.ts';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { distDir } from '../support/site-checks.ts';

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

// What the built site sends through Netlify's own emulator (@netlify/dev), which applies
// netlify.toml as Netlify does: the expectations are written out here, not read from netlify.toml.
describe('security headers on the built site', () => {
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveSite({ distDir });
  });
  afterAll(() => site?.close());

  const get = (pathname: string) => fetch(site.at(pathname), { redirect: 'manual' });

  it('a Content-Security-Policy with no inline scripts, no framing and forms only to this site', async () => {
    const response = await get('/statement/');
    expect(response.status).toBe(200);
    const policy = directives(response.headers.get('content-security-policy') ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // The page's one inline script (GOV.UK Frontend's snippet) is allowed by its hash, and nothing else inline.
    const inline = [...(await response.text()).matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1] ?? '');
    expect(inline).toHaveLength(1);
    const hashes = inline.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...hashes]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('the other security headers on pages, search files, assets and the 404 page', async () => {
    const html = await (await get('/')).text();
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    for (const pathname of [
      '/',
      '/statement/',
      pagefindBundle(pagefindVersion()),
      stylesheet ?? '/',
      '/no-such-page/',
    ]) {
      const response = await get(pathname);
      await response.arrayBuffer();
      expect(response.status, pathname).toBe(pathname === '/no-such-page/' ? 404 : 200);
      expect(response.headers.get('strict-transport-security'), pathname).toMatch(
        /^max-age=\d{7,}; includeSubDomains$/,
      );
      expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), pathname).toBe('DENY');
      expect(response.headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), pathname).toContain('camera=()');
      expect(response.headers.get('content-security-policy'), pathname).toContain("frame-ancestors 'none'");
    }
  });

  it('hashed assets cached for a year, HTML left to revalidate', async () => {
    const html = await (await get('/')).text();
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1] ?? '/';
    expect((await get(stylesheet)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/statement/')).headers.get('cache-control')).toMatch(/max-age=0/);
  });

  it("Pagefind's files, in their version's folder, cached for a year: the search page never asks again", async () => {
    const search = await (await get('/search/')).text();
    const wasm = /href="([^"]+\.pagefind)"/.exec(search)?.[1];
    const entry = /href="([^"]+pagefind-entry\.json\?ts=\w+)"/.exec(search)?.[1];
    expect(wasm).toBe(pagefindWasm(pagefindVersion(), 'en-GB'));
    for (const pathname of [pagefindBundle(pagefindVersion()), wasm ?? '/', entry ?? '/']) {
      const response = await get(pathname);
      await response.arrayBuffer();
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('cache-control'), pathname).toBe('public, max-age=31536000, immutable');
    }
  });

  it('the council’s old statement of action addresses redirect to the statement', async () => {
    for (const old of ['/dorset-send-written-statement-of-action.aspx', '/dorset-send-written-statement-of-action']) {
      const response = await get(old);
      expect(response.status, old).toBe(301);
      expect(new URL(response.headers.get('location') ?? '', site.url).pathname, old).toBe('/statement/');
    }
  });
});
