import { describe, expect, it } from 'vitest';
import { editorPageResponse, editorPolicy } from '../../src/lib/cms/admin-response.ts';

const sitePolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

describe('the editor page response', () => {
  it("replaces the site's policy with the editor's and keeps the other security headers", async () => {
    const built = new Response('<!doctype html><title>Editor</title>', {
      headers: { 'content-security-policy': sitePolicy, 'x-frame-options': 'DENY', 'content-type': 'text/html' },
    });
    const response = editorPageResponse(built);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(editorPolicy);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(await response.text()).toContain('<title>Editor</title>');
  });

  it('lets the page reach only this site, GitHub and Netlify, and run scripts only from this site', () => {
    const directives = new Map(
      editorPolicy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://api.github.com', 'https://api.netlify.com']);
    // Scripts only from this site; 'unsafe-eval' because Decap compiles its config checks with Ajv at run time.
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('says so when the build has no editor page, rather than serving an error page as the editor', async () => {
    const response = editorPageResponse(new Response('Not found', { status: 404 }));
    expect(response.status).toBe(502);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});
