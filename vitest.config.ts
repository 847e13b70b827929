/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's config so tests can import astro:content after `astro sync`.
export default getViteConfig({
  cacheDir: './.astro',
  test: {
    include: ['**/*.test.ts'],
    // Generous: these machines are shared and noisy, and some tests start Astro or Chromium.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
