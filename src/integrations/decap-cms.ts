import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const require = createRequire(import.meta.url);
/** decap-cms's prebuilt files: decap-cms.js, the chunks it loads beside itself and their WebAssembly. */
const decapDist = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const isDecapFile = (name: string) => name === 'decap-cms.js' || /^\d+\.decap-cms\.js$|^[0-9a-f]+\.wasm$/.test(name);
const contentTypes: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };
const referenceShim = fileURLToPath(new URL('../lib/cms/reference-shim.ts', import.meta.url));
const schemasFolder = fileURLToPath(new URL('../schemas/', import.meta.url));

/**
 * The browser editor at /admin/: copies Decap CMS's prebuilt files into the built site (and serves
 * them under `astro dev`), so nothing comes from a CDN and nothing joins the site's own bundle. It
 * also lets the admin page's script import the zod schemas: in the browser `astro:content` does not
 * exist, so the schemas' `reference()` comes from a stand-in that accepts the same values.
 */
export function decapCms(): AstroIntegration {
  return {
    name: 'decap-cms',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'decap-cms:schemas-in-the-browser',
                enforce: 'pre',
                // Rewrites the import in the schema files themselves: Astro resolves `astro:content`
                // before any plugin an integration adds could.
                transform(code, id) {
                  const inBrowser = this.environment.config.consumer === 'client';
                  if (!inBrowser || !id.startsWith(schemasFolder)) return null;
                  return code.replaceAll(/from\s+['"]astro:content['"]/g, `from ${JSON.stringify(referenceShim)}`);
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const match = /^\/admin\/([^/?#]+)/.exec(request.url ?? '');
          if (!match?.[1] || !isDecapFile(match[1])) return next();
          response.setHeader('Content-Type', contentTypes[path.extname(match[1])] ?? 'application/octet-stream');
          createReadStream(path.join(decapDist, match[1])).on('error', next).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = path.join(fileURLToPath(dir), 'admin');
        await mkdir(target, { recursive: true });
        const files = (await readdir(decapDist)).filter(isDecapFile);
        await Promise.all(files.map((name) => copyFile(path.join(decapDist, name), path.join(target, name))));
        logger.info(`Copied ${files.length} Decap CMS files into /admin/.`);
      },
    },
  };
}
