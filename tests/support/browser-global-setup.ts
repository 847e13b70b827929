/**
 * Once for the whole browser run (vitest `globalSetup` of the "browser" project): one Chromium and
 * one local server of the production build, shared by every test file through `inject()` (see
 * ./site-in-browser.ts). Each test still gets new browser contexts, so nothing carries over between
 * tests; what is saved is a Chromium launch and a server start in each file, and it lets files run side
 * by side. Both run in a child process (./browser-host.ts), so vitest's own process only reports.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
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
  // process.execPath is the Node vitest runs on (Node 24 from the devDependency), which strips types.
  const host = spawn(process.execPath, [path.join(import.meta.dirname, 'browser-host.ts'), distDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => host.once('exit', () => resolve()));
  const ready = await new Promise<{ browserEndpoint: string; siteUrl: string }>((resolve, reject) => {
    let output = '';
    host.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((text) => text.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { browserEndpoint: string; siteUrl: string });
    });
    host.once('exit', (code) => reject(new Error(`The browser host stopped (exit code ${code}):\n${output}`)));
  });
  project.provide('browserEndpoint', ready.browserEndpoint);
  project.provide('siteUrl', ready.siteUrl);
  project.provide('siteDistDir', distDir);
  return async () => {
    host.kill('SIGTERM');
    await exited;
  };
}
