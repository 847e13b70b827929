/**
 * Astro's command-line script, to run with this process's Node (`process.execPath`): `npx astro`
 * starts npm first, about a second of CPU each time.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const manifest = require.resolve('astro/package.json');
const { bin } = require(manifest) as { bin: { astro: string } };

export const astroCli = path.join(path.dirname(manifest), bin.astro);
