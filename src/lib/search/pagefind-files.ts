/**
 * Where Pagefind's files live in the built site, so pages can name them before Pagefind has run
 * (`<link rel="preload">` on the search page, the bundle's address on every search box).
 * `npm run build:search` (src/cli/build-search.ts) writes them after Astro's build, into a folder
 * named by Pagefind's version: the bundle and its WebAssembly have fixed names, so a new Pagefind
 * needs new addresses, and with them browsers can keep every file (netlify.toml) and never ask
 * again whether it changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const versions = new Map<string, string>();

/** The installed Pagefind's version (read once per project root). */
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
 * The folder of a Pagefind version's files inside the built site, such as "pagefind/1.6.0".
 * Pagefind warns that a cached bundle or WebAssembly from an older version breaks search: a new
 * version gets a new folder, so an old file is never used with a newer index.
 */
export function pagefindFolder(version: string): string {
  if (!/^[0-9a-z.+-]+$/i.test(version))
    throw new Error(`A Pagefind version must be letters, digits, dots, plus or minus signs, but got "${version}".`);
  return `pagefind/${version}`;
}

/** Pagefind's browser bundle. */
export function pagefindBundle(version: string): string {
  return `/${pagefindFolder(version)}/pagefind.js`;
}

/** Pagefind's WebAssembly for a page language (`<html lang>`, lower case, as Pagefind names it). */
export function pagefindWasm(version: string, lang: string): string {
  return `/${pagefindFolder(version)}/wasm.${lang.toLowerCase()}.pagefind`;
}

/**
 * A tag new with every build (this module is evaluated once per `astro build`), the same on every
 * page: Pagefind adds it to its entry file's address (`metaCacheTag`), so each build's entry file
 * has an address of its own. Browsers keep it, so the search page uses the entry file its search
 * box fetched instead of asking again, and a deploy is never stale: its pages name a new address.
 */
export const pagefindBuildTag = Date.now().toString(36);

/**
 * The index's entry file as Pagefind asks for it when given `metaCacheTag`: a tag that changes
 * with every build lets the page name it in advance. Pagefind adds the tag as it is, so it must be
 * letters and digits only.
 */
export function pagefindEntry(version: string, tag: string): string {
  if (!/^[a-z0-9]+$/i.test(tag))
    throw new Error(`A Pagefind entry tag must be letters and digits only, but got "${tag}".`);
  return `/${pagefindFolder(version)}/pagefind-entry.json?ts=${tag}`;
}
