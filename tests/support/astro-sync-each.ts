/**
 * Runs `astro sync` on several content folders, one after another, in this one process, and prints
 * each result as JSON on the last line of stdout. Run it from a project root (see `syncEach` in
 * ./astro.ts): `node tests/support/astro-sync-each.ts '["/path/a", "/path/b"]'`.
 *
 * Why one process: a sync on this project spends most of its CPU loading Node modules (Astro, Vite,
 * Rolldown), measured at about 8 s of CPU for a one-file folder against about 1 s for each further
 * folder in a warm process. Errors are printed with Astro's own CLI formatter, the code `astro sync`
 * runs before it exits, so the text is what an editor sees in the terminal.
 */
import path from 'node:path';
import { sync } from 'astro';

// Astro's CLI formatter is not in its package exports: import it by file, next to Astro's entry point.
const astroDist = path.dirname(new URL(import.meta.resolve('astro')).pathname);
const { formatErrorMessage } = (await import(path.join(astroDist, 'core/messages/runtime.js'))) as {
  formatErrorMessage: (error: unknown, showFullStacktrace: boolean) => string;
};
const { collectErrorMetadata } = (await import(path.join(astroDist, 'core/errors/dev/index.js'))) as {
  collectErrorMetadata: (error: unknown) => unknown;
};
const { createSafeError } = (await import(path.join(astroDist, 'core/errors/index.js'))) as {
  createSafeError: (error: unknown) => unknown;
};

const folders = JSON.parse(process.argv[2] ?? '[]') as string[];
const results: Array<{ ok: boolean; output: string }> = [];
for (const folder of folders) {
  // src/lib/content-directory.ts reads this when content.config.ts is loaded, which each sync does afresh.
  process.env.SEND_CONTENT_DIR = folder;
  try {
    await sync({ root: process.cwd(), logLevel: 'silent' });
    results.push({ ok: true, output: '' });
  } catch (error) {
    // As astro's CLI does in throwAndExit (astro/dist/cli/throw-and-exit.js).
    results.push({ ok: false, output: formatErrorMessage(collectErrorMetadata(createSafeError(error)), true) });
  }
}
process.stdout.write(`\n${JSON.stringify(results)}\n`);
process.exit(0);
