import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { govukFrontendSupportedScript } from '../../src/lib/govuk-frontend-supported.ts';

describe("GOV.UK Frontend's supported-class snippet", () => {
  it('is allowed by its hash in the Content-Security-Policy in netlify.toml', async () => {
    const netlifyToml = await readFile(path.resolve(import.meta.dirname, '../../netlify.toml'), 'utf8');
    const hash = createHash('sha256').update(govukFrontendSupportedScript).digest('base64');
    expect(netlifyToml).toContain(`'sha256-${hash}'`);
  });

  it('is the snippet in GOV.UK Frontend’s own page template', async () => {
    const template = await readFile(
      path.resolve(import.meta.dirname, '../../node_modules/govuk-frontend/dist/govuk/template.njk'),
      'utf8',
    );
    expect(template).toContain(`>${govukFrontendSupportedScript}</script>`);
  });
});
