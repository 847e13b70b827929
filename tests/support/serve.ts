import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type ServerOptions } from '../../src/server/server.ts';

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
 * Starts the local server (`npm start`'s: Netlify's emulator with src/server/'s wrapper) on a free
 * port on 127.0.0.1, serving `distDir` (the production build by default) and storing into a new
 * temporary folder. `rateLimit` and `startBlobs` are passed on, for load and fault tests.
 */
export async function serveSite(
  options: { distDir?: string } & Pick<ServerOptions, 'configFile' | 'rateLimit' | 'startBlobs'> = {},
): Promise<ServedSite> {
  const distDir = path.resolve(projectRoot, options.distDir ?? 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`There is no built site in ${distDir}: run "npm run build" first ("npm test" does).`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'send-data-'));
  const server = await startServer({ ...options, port: 0, distDir, dataDir });
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
