// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { govukClasses } from './src/lib/markdown/govuk-classes.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  // The content data store must sit where dev mode (and so vitest) reads it: .astro/, not node_modules/.astro/.
  cacheDir: './.astro',
  // Content is Markdown; MDX stays available for a page that needs a component, and shares this processor.
  integrations: [mdx(), sitemap()],
  markdown: {
    processor: satteri({ hastPlugins: [govukClasses] }),
  },
  build: {
    // One cached stylesheet per site rather than CSS repeated inside every page.
    inlineStylesheets: 'never',
  },
  vite: {
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
