import { registerHooks } from 'node:module';

const referenceShim = new URL('../lib/cms/reference-shim.ts', import.meta.url).href;

/**
 * The collections and their schemas (src/schemas/collection-sources.ts), loaded in plain Node, outside Astro:
 * there `astro:content` does not exist, so the schemas' `reference()` comes from the stand-in the browser
 * editor uses, which accepts the same values. Registers a module hook for this process.
 */
export async function loadCollectionSources() {
  registerHooks({
    resolve: (specifier, context, nextResolve) =>
      specifier === 'astro:content' ? { url: referenceShim, shortCircuit: true } : nextResolve(specifier, context),
  });
  return (await import('../schemas/collection-sources.ts')).collectionSources;
}
