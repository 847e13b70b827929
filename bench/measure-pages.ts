import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pagefindFolder, pagefindVersion } from '../src/lib/search/pagefind-files.ts';
import { assetUrls, pageAssets, type AssetSize } from './page-assets.ts';
import { isNeededOn } from './script-markers.ts';

/** The CSS and JavaScript one kind of page loads, with how many pages load exactly that. */
export interface AssetGroup {
  /** How many pages load this set of files. */
  pages: number;
  /** One of them, as an address, such as "/progress/x/". */
  example: string;
  files: AssetSize[];
  cssRawBytes: number;
  cssGzipBytes: number;
  jsRawBytes: number;
  jsGzipBytes: number;
}

/** A script loaded by pages that have nothing it works on. */
export interface UnneededScript {
  url: string;
  gzipBytes: number;
  /** The `data-app-*` attributes it looks for, none of which those pages have. */
  markers: string[];
  pages: number;
  example: string;
}

/** Sizes of the built pages and of what they load. */
export interface PageMeasures {
  /** HTML pages built (Pagefind's own files left out). */
  htmlPages: number;
  medianHtmlBytes: number;
  largestHtml: { page: string; bytes: number };
  /** What the sample content page loads. */
  contentPage: AssetGroup;
  /** Every distinct set of CSS and JavaScript across the site, most pages first. */
  assetGroups: AssetGroup[];
  /** Pages with any `<script>` (module or inline), and those with inline ones. */
  pagesWithScript: number;
  pagesWithInlineScript: number;
  /** Pages that load no JavaScript at all. */
  pagesWithoutScript: string[];
  /** Scripts pages load without having anything the script works on. */
  unneededScripts: UnneededScript[];
  /** Pagefind's output: the whole pagefind/ folder, and by part. */
  searchIndex: SearchIndexSize;
}

/** Files and bytes. */
export interface Size {
  files: number;
  bytes: number;
}

/** The pagefind/ folder, in all and by part: word index, excerpts ("fragments"), filters, WebAssembly and metadata, and Pagefind's scripts and styles. */
export interface SearchIndexSize extends Size {
  parts: Record<'index' | 'fragment' | 'filter' | 'wasm' | 'meta' | 'scripts', Size>;
}

/** Which part of Pagefind's output a file is. Its scripts include UI bundles this site never loads. */
function searchIndexPart(relative: string): keyof SearchIndexSize['parts'] {
  if (relative.startsWith('index/')) return 'index';
  if (relative.startsWith('fragment/')) return 'fragment';
  if (relative.startsWith('filter/')) return 'filter';
  if (relative.startsWith('wasm.')) return 'wasm';
  if (/\.(m?js|css)$/.test(relative)) return 'scripts';
  return 'meta';
}

/** Bytes and file count of Pagefind's output, in all and by part. */
async function searchIndexSize(folder: string): Promise<SearchIndexSize> {
  const empty = (): Size => ({ files: 0, bytes: 0 });
  const size: SearchIndexSize = {
    ...empty(),
    parts: { index: empty(), fragment: empty(), filter: empty(), wasm: empty(), meta: empty(), scripts: empty() },
  };
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = (await stat(file)).size;
    const part = size.parts[searchIndexPart(path.relative(folder, file))];
    part.files++;
    part.bytes += bytes;
    size.files++;
    size.bytes += bytes;
  }
  return size;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const total = (files: readonly AssetSize[], kind: 'css' | 'js', size: 'rawBytes' | 'gzipBytes') =>
  files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file[size], 0);

/** The address of a built HTML file: "progress/x/index.html" → "/progress/x/". */
const pageAddress = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/**
 * Measures a built site: page count and sizes, what each kind of page loads, which pages run
 * JavaScript, and the search index. `contentPage` is the address of the page to report as
 * "a content page", such as a generated progress update.
 */
export async function measurePages(outDir: string, contentPage: string): Promise<PageMeasures> {
  const files = (await readdir(outDir, { recursive: true }))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .sort();
  const sizes: number[] = [];
  let largestHtml = { page: '', bytes: 0 };
  const groups = new Map<string, AssetGroup>();
  const cache = new Map<string, Promise<AssetSize>>();
  let pagesWithScript = 0;
  let pagesWithInlineScript = 0;
  const pagesWithoutScript: string[] = [];
  const unneeded = new Map<string, UnneededScript>();
  for (const file of files) {
    const html = await readFile(path.join(outDir, file), 'utf8');
    const bytes = Buffer.byteLength(html);
    const address = pageAddress(file);
    sizes.push(bytes);
    if (bytes > largestHtml.bytes) largestHtml = { page: address, bytes };
    const { css, js, inlineScripts } = assetUrls(html);
    if (js.length > 0 || inlineScripts > 0) pagesWithScript++;
    else pagesWithoutScript.push(address);
    if (inlineScripts > 0) pagesWithInlineScript++;
    const key = [...css, ...js].join(' ');
    let group = groups.get(key);
    if (group) {
      group.pages++;
      if (address === contentPage) group.example = address;
    } else {
      const assets = await pageAssets(outDir, address, html, cache);
      group = {
        pages: 1,
        example: address,
        files: assets,
        cssRawBytes: total(assets, 'css', 'rawBytes'),
        cssGzipBytes: total(assets, 'css', 'gzipBytes'),
        jsRawBytes: total(assets, 'js', 'rawBytes'),
        jsGzipBytes: total(assets, 'js', 'gzipBytes'),
      };
      groups.set(key, group);
    }
    for (const asset of group.files.filter((file) => file.kind === 'js' && !isNeededOn(html, file.markers))) {
      const found = unneeded.get(asset.url);
      if (found) found.pages++;
      else
        unneeded.set(asset.url, {
          url: asset.url,
          gzipBytes: asset.gzipBytes,
          markers: asset.markers,
          pages: 1,
          example: address,
        });
    }
  }
  const assetGroups = [...groups.values()].sort((a, b) => b.pages - a.pages);
  const content = assetGroups.find((group) => group.example === contentPage);
  if (!content) throw new Error(`The content page ${contentPage} was not built: look for it under ${outDir}`);
  return {
    htmlPages: files.length,
    medianHtmlBytes: median(sizes),
    largestHtml,
    contentPage: content,
    assetGroups,
    pagesWithScript,
    pagesWithInlineScript,
    pagesWithoutScript,
    unneededScripts: [...unneeded.values()],
    searchIndex: await searchIndexSize(path.join(outDir, pagefindFolder(pagefindVersion()))),
  };
}
