import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { editorCollections } from '../../lib/cms/collections.ts';
import { decapConfig } from '../../lib/cms/config.ts';
import type { ReferenceOption } from '../../lib/cms/decap-fields.ts';
import { localBackendPort } from '../../lib/cms/local-backend.ts';
import { siteConfig } from '../../site.config.ts';

/** The entries a reference may name, for the editor's drop-down lists. Only priority areas are referred to. */
async function referenceOptions(): Promise<Map<string, ReferenceOption[]>> {
  const areas = (await getCollection('statement'))
    .flatMap((entry) => (entry.data.type === 'priority-area' ? [{ id: entry.id, data: entry.data }] : []))
    .sort((a, b) => a.data.order - b.data.order);
  return new Map([['statement', areas.map((area) => ({ label: area.data.title, value: area.id }))]]);
}

/**
 * Decap CMS's config.yml, generated from the same zod schemas the build checks content with, so the
 * editor's fields can never drift from what the build accepts. Under `npm run edit` (dev) it points
 * at the local backend; a build points at GitHub through Netlify's sign-in, with the review workflow.
 */
export const GET: APIRoute = async () => {
  const options = await referenceOptions();
  const config = decapConfig(
    editorCollections,
    {
      referenceOptions: (collection) => {
        const found = options.get(collection);
        if (!found)
          throw new Error(`The editor has no list of ${collection} entries to offer: add it in ${import.meta.url}.`);
        return found;
      },
    },
    {
      ...(import.meta.env.DEV ? { localPort: localBackendPort(process.env) } : {}),
      repository: siteConfig.repository,
      env: process.env,
    },
  );
  return new Response(stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
