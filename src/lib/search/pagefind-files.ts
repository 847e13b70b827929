/**
 * The addresses of Pagefind's files that every search needs, so the search page can ask for
 * them at once (`<link rel="preload">`) instead of one after another. Pagefind writes them with
 * `pagefind --site dist` after Astro's build, so only names fixed before that are here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const versions = new Map<string, string>();

/** The installed Pagefind's version (read once per project root): it is part of the bundle's address (see `pagefindBundle`). */
export function pagefindVersion(root = process.cwd()): string {
  let version = versions.get(root);
  if (!version) {
    const file = path.join(root, 'node_modules', 'pagefind', 'package.json');
    version = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    versions.set(root, version);
  }
  return version;
}

/**
 * Pagefind's browser bundle, with its version in the address. netlify.toml lets browsers keep it
 * for a year without asking again; a new Pagefind gives a new address, so an old bundle is never
 * used with a newer index (Pagefind warns that a cached pagefind.js breaks search after an upgrade).
 */
export function pagefindBundle(version: string): string {
  return `/pagefind/pagefind.js?v=${encodeURIComponent(version)}`;
}

/** Pagefind's WebAssembly for a page language (`<html lang>`, lower case, as Pagefind names it). */
export function pagefindWasm(lang: string): string {
  return `/pagefind/wasm.${lang.toLowerCase()}.pagefind`;
}

/**
 * A tag new with every build (this module is evaluated once per `astro build`), the same on every
 * page: Pagefind adds it to its entry file's address (`metaCacheTag`), so each build's entry file
 * has an address of its own. netlify.toml lets browsers keep it, so the search page uses the entry
 * file its search box fetched instead of asking again, and a deploy is never stale: its pages name
 * a new address.
 */
export const pagefindBuildTag = Date.now().toString(36);

/**
 * The index's entry file as Pagefind asks for it when given `metaCacheTag`: a tag that changes
 * with every build lets the page name it in advance. Pagefind adds the tag as it is, so it must be
 * letters and digits only.
 */
export function pagefindEntry(tag: string): string {
  if (!/^[a-z0-9]+$/i.test(tag))
    throw new Error(`A Pagefind entry tag must be letters and digits only, but got "${tag}".`);
  return `/pagefind/pagefind-entry.json?ts=${tag}`;
}
