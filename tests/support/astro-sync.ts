import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');
const linked = ['astro.config.mjs', 'src', 'node_modules', 'package.json', 'tsconfig.json'];

/** What `astro sync` printed for a content folder, and whether it failed. */
export interface SyncResult {
  ok: boolean;
  output: string;
}

/**
 * Runs `astro sync` on another content folder, in a throwaway root that links to the project's code,
 * so the real `.astro/` data store is never overwritten by a fixture.
 */
export async function syncContent(contentDirectory: string): Promise<SyncResult> {
  const root = await mkdtemp(path.join(tmpdir(), 'send-sync-'));
  try {
    await Promise.all(linked.map((name) => symlink(path.join(projectRoot, name), path.join(root, name))));
    const env = { ...process.env, SEND_CONTENT_DIR: contentDirectory, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
    try {
      const { stdout, stderr } = await run('npx', ['astro', 'sync'], { cwd: root, env, timeout: 120_000 });
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return { ok: false, output: stdout + stderr };
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The part of Astro's error an editor reads: which entry, which field, what to do, and the file. */
export function editorMessage(output: string, contentDirectory: string): string {
  const start = output.indexOf('[InvalidContentEntryDataError]');
  if (start === -1) return output;
  const error = output.slice(start);
  const summary = error.slice(0, error.indexOf('Hint:')).trim();
  const location = /Location:\s*\n\s*(\S+)/.exec(error)?.[1] ?? '';
  return `${summary}\nFile: ${path.relative(contentDirectory, location.replace(/:\d+:\d+$/, ''))}`;
}
