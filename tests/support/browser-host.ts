/**
 * The browser run's shared Chromium and server of the production build, in a process of their own
 * (started by ./browser-global-setup.ts): every page request and every message between the test
 * files and Chromium passes through here, not through vitest's own process, and the server's
 * changes to the environment and file mode mask stay here. Prints one JSON line
 * `{ browserEndpoint, siteUrl }` when ready; stops both on SIGTERM.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { serveSite } from './serve.ts';

const distDir = process.argv[2] ?? '';
const browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
// Without a build, files that need one say so themselves ("run npm run build first").
const site = existsSync(path.join(distDir, 'index.html')) ? await serveSite({ distDir }) : undefined;

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([browser.close(), site?.close()]);
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// If vitest goes away without stopping us, so do we.
process.stdin.on('close', () => void stop());
process.stdin.resume();

process.stdout.write(`${JSON.stringify({ browserEndpoint: browser.wsEndpoint(), siteUrl: site?.url ?? '' })}\n`);
