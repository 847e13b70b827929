import { z } from 'zod';

/**
 * `reference()` where `astro:content` does not exist: in the editor's browser bundle, and in plain Node for
 * `npm run check:content` (src/cli/collection-sources-in-node.ts). It accepts what Astro's own accepts
 * (astro/dist/content/runtime.js, createReference): an id or `{ id, collection }`. The editor offers only
 * existing entries, and the build checks them again.
 */
export function reference(collection: string) {
  return z
    .union([
      z.number().transform((value) => value.toString(10)),
      z.string(),
      z.object({ id: z.string(), collection: z.string() }),
      z.object({ slug: z.string(), collection: z.string() }),
    ])
    .transform((lookup) => (typeof lookup === 'object' ? lookup : { id: lookup, collection }));
}
