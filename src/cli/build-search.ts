/**
 * `npm run build:search [site]`: Pagefind's index of the built site (dist/ unless another folder
 * is given), written into the folder for the installed Pagefind's version (src/lib/search/pagefind-files.ts),
 * where the pages look for it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pagefindFolder, pagefindVersion } from '../lib/search/pagefind-files.ts';

const site = process.argv[2] ?? 'dist';
// Pagefind's own command, beside the module its package exports (lib/index.js).
const pagefind = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));
const args = [pagefind, '--site', site, '--output-subdir', pagefindFolder(pagefindVersion())];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
