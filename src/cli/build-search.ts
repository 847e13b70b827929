/**
 * `npm run build:search [site]`: Pagefind's index of the built site (dist/ unless another folder
 * is given), written into the folder for the installed Pagefind's version (src/lib/search/pagefind-files.ts),
 * where the pages look for it.
 */
import { spawn } from 'node:child_process';
import { pagefindFolder, pagefindVersion } from '../lib/search/pagefind-files.ts';

const site = process.argv[2] ?? 'dist';
const args = ['--site', site, '--output-subdir', pagefindFolder(pagefindVersion())];

// Pagefind's own lookup of its program for this machine (PAGEFIND_BINARY_PATH, then the platform's
// package), as its npm wrapper does; the package does not export it, so it is imported by address.
const resolver = new URL('resolveBinary.js', import.meta.resolve('pagefind')).href;
const { resolveBinaryPath } = (await import(resolver)) as { resolveBinaryPath: (names: string[]) => string };
const pagefind = resolveBinaryPath(['pagefind_extended', 'pagefind']);

// Pagefind holds every page in memory at once (1.86 GiB at 5,000 pages), so this process
// becomes Pagefind rather than waiting beside it, and neither it nor Pagefind's npm wrapper
// adds its own Node (about 50 MB each). Where it cannot (Windows, Node before 22.15), it waits on Pagefind.
// Nothing is printed before: Node can make its standard streams non-blocking when first used
// (nodejs/node#42826), and Pagefind would inherit them so.
if (process.execve) process.execve(pagefind, [pagefind, ...args]);
const child = spawn(pagefind, args, { stdio: 'inherit' });
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
