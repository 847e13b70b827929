// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  // The content data store must sit where dev mode (and so vitest) reads it: .astro/, not node_modules/.astro/.
  cacheDir: './.astro',
  integrations: [mdx(), sitemap()],
  build: {
    // One cached stylesheet per site rather than CSS repeated inside every page.
    inlineStylesheets: 'never',
  },
  vite: {
    css: {
      preprocessorOptions: {
        scss: {
          loadPaths: ['node_modules'],
          // Brand values live in src/site.config.ts; Sass reads them from here.
          additionalData: (source, file) =>
            file.endsWith('_config.scss')
              ? `$app-brand-colour: ${siteConfig.brandColour};\n$app-site-url: "${siteConfig.url}";\n${source}`
              : source,
        },
      },
    },
  },
});
