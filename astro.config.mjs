// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { govukClasses } from './src/lib/markdown/govuk-classes.ts';
import { siteConfig } from './src/site.config.ts';
import { decapCms } from './src/integrations/decap-cms.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  // The content data store must sit where dev mode (and so vitest) reads it: .astro/, not node_modules/.astro/.
  cacheDir: './.astro',
  // Content is Markdown; MDX stays available for a page that needs a component, and shares this processor.
  // decapCms: the browser editor at /admin/ (its files copied in, its own script only there), which the
  // sitemap leaves out: it is for editors, not families.
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }), decapCms()],
  markdown: {
    processor: satteri({ hastPlugins: [govukClasses] }),
  },
  build: {
    // One cached stylesheet per site rather than CSS repeated inside every page.
    inlineStylesheets: 'never',
    // Four pages at a time: one at a time, the build sat idle while each page's file was written
    // (about a fifth of the rendering time at 1,000 pages). The pages come out the same.
    concurrency: 4,
  },
  vite: {
    // Under `npm run edit` (src/cli/edit.ts), no reloading on a change: every content file Decap saved made
    // Astro reload each open page, the editor too (twice, losing its place). The editor has its own preview.
    ...(process.env.SEND_EDITOR === '1' ? { server: { hmr: false } } : {}),
    define: {
      // The build adds the glossary to pages in a worker thread (src/lib/page-glossary-thread.ts), which Node
      // runs from this source file: the middleware that starts it is bundled elsewhere.
      'import.meta.env.GLOSSARY_WORKER': JSON.stringify(
        fileURLToPath(new URL('./src/lib/page-glossary-worker.ts', import.meta.url)),
      ),
    },
    plugins: [
      {
        // Dynamic imports without Vite's preloading of what they import: the list of files each one
        // names went into every page's script, and the content page budget (15 KiB of CSS and
        // JavaScript) has no room (Vite still adds its small helper). The modules loaded later
        // (search's, the feedback form's) start loading on focus, before they are needed, so fetching
        // their imports one after another costs no wait. Set for the browser's build here because
        // Astro sets its own `build.modulePreload`.
        name: 'dynamic-imports-without-preloading',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    css: {
      preprocessorOptions: {
        scss: {
          loadPaths: ['node_modules'],
          // Brand values live in src/site.config.ts. Vite prepends this only to the entry file (main.scss),
          // so it configures the _config.scss module that every partial then reads.
          additionalData: (source, file) =>
            file.endsWith('/styles/main.scss')
              ? `@use "config" as site-settings with ($app-brand-colour: ${siteConfig.brandColour}, $app-site-url: "${siteConfig.url}");\n${source}`
              : source,
        },
      },
    },
  },
});
