import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { isVagueLinkText } from '../../src/lib/link-text.ts';

/** The built site the post-build tests look at: dist/, or SEND_DIST_DIR. */
export const distDir = path.resolve(process.env.SEND_DIST_DIR ?? path.resolve(import.meta.dirname, '../../dist'));

/** Every HTML file under a folder, as paths relative to it. */
export async function htmlFiles(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true }))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .sort();
}

function elements(tree: Root | Element, tagName?: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (!tagName || child.tagName === tagName) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

function textOf(node: Element): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''))
    .join('');
}

const parse = async (file: string) => rehype().parse(await readFile(file, 'utf8'));

/** The page file an internal address points at: /x/ → x/index.html. */
function targetFile(root: string, from: string, href: string): string {
  const pathname = decodeURIComponent(
    new URL(href, `https://site.invalid/${from.replace(/index\.html$/, '')}`).pathname,
  );
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return path.join(root, relative);
}

/** Addresses that are not pages of the built site: the feedback endpoint exists only on the server. */
const serverRoutes = /^\/api\//;

/** Links to pages or fragments that do not exist in the built site. */
export async function brokenLinks(root: string): Promise<string[]> {
  const files = await htmlFiles(root);
  const idsByFile = new Map<string, Set<string>>();
  const trees = new Map<string, Root>();
  for (const name of files) {
    const tree = await parse(path.join(root, name));
    trees.set(name, tree);
    idsByFile.set(
      path.join(root, name),
      new Set(
        elements(tree)
          .map((el) => el.properties['id'])
          .filter((id): id is string => typeof id === 'string'),
      ),
    );
  }
  const problems: string[] = [];
  for (const [name, tree] of trees) {
    for (const link of elements(tree, 'a')) {
      const href = link.properties['href'];
      if (typeof href !== 'string' || /^(https?:|mailto:|tel:)/.test(href) || serverRoutes.test(href)) continue;
      const [address = '', fragment] = href.split('#');
      const target = address === '' ? path.join(root, name) : targetFile(root, name, address);
      const ids = idsByFile.get(target);
      if (!ids) {
        const exists = await readFile(target).then(
          () => true,
          () => false,
        );
        if (!exists) problems.push(`${name}: link to ${href} goes to a page that does not exist`);
        continue;
      }
      if (fragment && !ids.has(decodeURIComponent(fragment)))
        problems.push(`${name}: link to ${href} goes to a part of the page that does not exist`);
    }
  }
  return problems;
}

/** Links whose text does not say where they go, and images without alt text. */
export async function linkTextAndImageProblems(root: string): Promise<string[]> {
  const problems: string[] = [];
  for (const name of await htmlFiles(root)) {
    const tree = await parse(path.join(root, name));
    for (const link of elements(tree, 'a')) {
      const text = (String(link.properties['ariaLabel'] ?? '') || textOf(link))
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
      if (isVagueLinkText(text)) problems.push(`${name}: link text "${text}" does not say where it goes`);
      if (text === '' && !elements(link, 'img').some((img) => img.properties['alt']))
        problems.push(`${name}: a link has no text`);
    }
    for (const image of elements(tree, 'img')) {
      if (image.properties['alt'] === undefined)
        problems.push(`${name}: image ${String(image.properties['src'])} has no alt attribute`);
    }
  }
  return problems;
}
