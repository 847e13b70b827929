/**
 * Once for the whole browser run (vitest `globalSetup` of the "browser" project): one Chromium and
 * one local server of the production build, shared by every test file through `inject()` (see
 * ./site-in-browser.ts). Each test still gets new browser contexts, so nothing carries over between
 * tests; what is saved is a Chromium launch and a server start in each file, and it lets files run side
 * by side.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { serveSite } from './serve.ts';
import { distDir } from './site-checks.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the shared Chromium (`chromium.connect`). */
    browserEndpoint: string;
    /** The shared server of the production build, ending in "/"; empty when there is no build. */
    siteUrl: string;
    /** The folder that server serves. */
    siteDistDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  // Without a build, files that need one say so themselves ("run npm run build first").
  const umask = process.umask();
  const site = existsSync(path.join(distDir, 'index.html')) ? await serveSite({ distDir }) : undefined;
  // The server makes this process's files owner-only (for stored feedback); the test workers this
  // process starts must write files (snapshots, content) as usual.
  process.umask(umask);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', site?.url ?? '');
  project.provide('siteDistDir', distDir);
  return async () => {
    await browser.close();
    await site?.close();
  };
}
