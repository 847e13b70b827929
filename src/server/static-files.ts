import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

/** What a path resolves to in the published folder. */
export type StaticTarget = { kind: 'file'; file: string } | { kind: 'add-slash' } | { kind: 'missing' };

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds the file for a URL path as Netlify does: `/x/` is `x/index.html`, `/x` with such a folder
 * is a redirect to `/x/`, `/x` can also be `x.html`. Paths that escape the folder are missing.
 */
export async function resolveStatic(root: string, pathname: string): Promise<StaticTarget> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0')) return { kind: 'missing' };
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) return { kind: 'missing' };
  if (decoded.endsWith('/')) {
    const index = join(target, 'index.html');
    return (await isFile(index)) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (await isFile(target)) return { kind: 'file', file: target };
  if (await isFile(join(target, 'index.html'))) return { kind: 'add-slash' };
  if (await isFile(`${target}.html`)) return { kind: 'file', file: `${target}.html` };
  return { kind: 'missing' };
}
