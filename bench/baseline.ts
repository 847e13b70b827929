/**
 * The bare Astro + Pagefind baseline (bench/baseline/): copied to a throwaway folder beside the
 * project's node_modules, so its build leaves nothing in the repository.
 */
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const source = path.resolve(import.meta.dirname, 'baseline');
const projectRoot = path.resolve(import.meta.dirname, '..');

/** A throwaway copy of the baseline site, ready to build. */
export async function baselineRoot(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'send-baseline-'));
  await cp(source, root, { recursive: true });
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
