import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { validProblem } from '../fixtures/feedback/submissions.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/feedback');
let site: ServedSite;

beforeAll(async () => {
  site = await serveSite({ distDir: path.join(fixtures, 'site'), configFile: path.join(fixtures, 'netlify.toml') });
});
afterAll(() => site.close());

const get = (pathname: string, init: RequestInit = {}) => fetch(site.at(pathname), { redirect: 'manual', ...init });

/** The status for a request with the path exactly as written. */
async function rawGet(rawPath: string, headers: Record<string, string> = {}): Promise<number> {
  return (await rawRequest(rawPath, headers)).status;
}

/** A request with the path exactly as written: fetch would tidy away "..". */
function rawRequest(rawPath: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(site.url);
  return new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    httpRequest({ hostname, port, path: rawPath, headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    })
      .on('error', reject)
      .end();
  });
}

describe('the local server, through Netlify’s own emulator (@netlify/dev)', () => {
  test('listens on 127.0.0.1 only', () => {
    expect(new URL(site.url).hostname).toBe('127.0.0.1');
  });

  test('serves a folder index with the headers from netlify.toml and Netlify’s default caching', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-test')).toBe('every page');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(await response.text()).toContain('<h1>Home</h1>');
  });

  test('never redirects off the site, whatever the path', async () => {
    for (const rawPath of [
      '//evil.example/..%2Fabout',
      '//evil.example/',
      '///evil.example/about',
      '/\\evil.example/about',
    ]) {
      const { status, location } = await rawRequest(rawPath);
      if (location) expect(new URL(location, site.url).origin).toBe(new URL(site.url).origin);
      expect(status).not.toBe(500);
    }
    expect(await rawGet('//evil.example/..%2Fabout')).toBe(404);
  });

  test('answers only to its own loopback names, so another site’s name (DNS rebinding) reaches nothing', async () => {
    expect(await rawGet('/', { host: 'evil.example' })).toBe(421);
    expect(await rawGet('/', { host: `localhost:${new URL(site.url).port}` })).toBe(200);
  });

  test('serves 404.html with status 404 for a missing page', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  test('serves assets with their content type and the immutable cache rule', async () => {
    const response = await get('/_astro/app.3f9a.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-test')).toBe('every page');
  });

  test('answers HEAD without a body', async () => {
    const response = await get('/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test('follows redirects: plain, splat, placeholder and forced', async () => {
    expect((await get('/old-about/')).headers.get('location')).toBe('/about/');
    const splat = await get('/news/2026/march');
    expect(splat.status).toBe(302);
    expect(splat.headers.get('location')).toBe('/about/?from=2026/march');
    expect((await get('/people/sam/')).headers.get('location')).toBe('/about/?person=sam');
    expect((await get('/forced/')).headers.get('location')).toBe('/about/');
  });

  test('lets a file shadow a rule that is not forced', async () => {
    const response = await get('/about/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<h1>About</h1>');
  });

  // Rewrites to a function are not followed: functions answer only at their own `config.path`, which is all this site uses.
  test('rewrites with status 200 to a page', async () => {
    expect(await (await get('/about-us/')).text()).toContain('<h1>About</h1>');
  });

  test('never applies rules that depend on the visitor’s country', async () => {
    expect((await get('/anything/')).status).toBe(404);
  });

  test('never serves files outside the built site', async () => {
    for (const rawPath of [
      '/../package.json',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/netlify.toml',
      '/%00',
      '/%E0%A4%A',
    ]) {
      expect(await rawGet(rawPath)).toBe(404);
    }
  });

  test('refuses request targets that name another host', async () => {
    expect(await rawGet('//evil.example/feedback/thank-you/')).toBe(404);
    expect(await rawGet('http://evil.example/feedback/thank-you/')).toBe(400);
  });

  test('answers 405 to a POST to a page', async () => {
    expect((await get('/', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  test('routes /api/feedback to the function, whose answers do not get netlify.toml’s headers (as on Netlify)', async () => {
    const response = await get('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validProblem),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-test')).toBe(null);
    expect((await get('/api/feedback')).status).toBe(405);
  });

  test('renders the thank-you page in the layout of the built feedback page, with that page’s headers', async () => {
    const response = await get('/feedback/thank-you/?page=%2Fabout%2F');
    const page = await response.text();
    expect(page).toContain('<header>Test site</header>');
    expect(page).toContain('href="/about/">Go back to the page you were on');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
  });
});

describe('the local server with the real netlify.toml', () => {
  test('sends the site’s security headers', async () => {
    const real = await serveSite({ distDir: path.join(fixtures, 'site') });
    try {
      const response = await fetch(real.url);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
    } finally {
      await real.close();
    }
  });
});
