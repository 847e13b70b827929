import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../src/server/server.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A local server for one test file, with its own throwaway data folder. */
export interface ServedSite {
  /** The server's address, ending in "/". */
  url: string;
  /** The full address of a site path, such as "/statement/". */
  at(pathname: string): string;
  /** The temporary folder this server stores feedback in (deleted by `close`). */
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Starts the local server (`npm start`'s, src/server/) on a free port on 127.0.0.1, serving
 * `distDir` (the production build by default) and storing into a new temporary folder.
 */
export async function serveSite(options: { distDir?: string; configFile?: string } = {}): Promise<ServedSite> {
  const distDir = path.resolve(projectRoot, options.distDir ?? 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`There is no built site in ${distDir}: run "npm run build" first ("npm test" does).`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'send-data-'));
  const server = await startServer({
    port: 0,
    distDir,
    dataDir,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  return {
    url: server.url,
    at: (pathname) => new URL(pathname, server.url).toString(),
    dataDir,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
