import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptMarkers } from './script-markers.ts';

/** One CSS or JavaScript file a page loads, with its size as stored and after gzip. */
export interface AssetSize {
  /** The address as the page asks for it, such as "/_astro/feedback.DkOzQdnQ.js". */
  url: string;
  kind: 'css' | 'js';
  rawBytes: number;
  /** Compressed with zlib's default level (6), as a CDN compressing on the fly would. */
  gzipBytes: number;
  /** For JavaScript, the `data-app-*` attributes it works on (bench/script-markers.ts). */
  markers: string[];
}

/** The stylesheets, module scripts and preloads a page's HTML names, as addresses. */
export function assetUrls(html: string): { css: string[]; js: string[]; inlineScripts: number } {
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1])
    .filter((url): url is string => Boolean(url));
  const scriptTags = [...html.matchAll(/<script\b([^>]*)>/g)].map((tag) => tag[1] ?? '');
  const js = [
    ...scriptTags.map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map(
      (tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1],
    ),
  ].filter((url): url is string => Boolean(url));
  return { css, js, inlineScripts: scriptTags.filter((attributes) => !/\bsrc=/.test(attributes)).length };
}

/**
 * The files a JavaScript module imports statically (`import "./x.js"`, `import {a} from "./x.js"`,
 * `export … from`), which the browser fetches before running it. Dynamic `import()` is left out:
 * it loads later, on demand (Pagefind, when a search box gets focus).
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1] ?? '',
  );
}

/** Where an address of the built site is on disk. */
function fileOf(outDir: string, url: string, from: string): string {
  const pathname = new URL(url, `https://site.invalid${from}`).pathname;
  return path.join(outDir, decodeURIComponent(pathname));
}

/**
 * Every CSS and JavaScript file a page loads before it is ready: what its HTML names, and
 * what those scripts import in turn. `pagePath` is the page's address, such as "/progress/x/".
 */
export async function pageAssets(
  outDir: string,
  pagePath: string,
  html: string,
  cache = new Map<string, Promise<AssetSize>>(),
): Promise<AssetSize[]> {
  const { css, js } = assetUrls(html);
  const sized = async (url: string, kind: 'css' | 'js'): Promise<AssetSize> => {
    const content = await readFile(fileOf(outDir, url, pagePath));
    const markers = kind === 'js' ? scriptMarkers(content.toString('utf8')) : [];
    return { url, kind, rawBytes: content.length, gzipBytes: gzipSync(content).length, markers };
  };
  const seen = new Set<string>();
  const found: AssetSize[] = [];
  const visit = async (url: string, kind: 'css' | 'js', from: string) => {
    const absolute = new URL(url, `https://site.invalid${from}`).pathname;
    if (/^(https?:)?\/\//.test(url) || seen.has(absolute)) return;
    seen.add(absolute);
    if (!cache.has(absolute)) cache.set(absolute, sized(absolute, kind));
    found.push(await (cache.get(absolute) as Promise<AssetSize>));
    if (kind === 'js') {
      const code = await readFile(fileOf(outDir, absolute, '/'), 'utf8');
      for (const imported of staticImports(code)) await visit(imported, 'js', absolute);
    }
  };
  for (const url of css) await visit(url, 'css', pagePath);
  for (const url of js) await visit(url, 'js', pagePath);
  return found;
}
