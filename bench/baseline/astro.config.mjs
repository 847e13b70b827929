// The bench's baseline: a bare Astro site that renders the same generated Markdown pages with
// no layout, components or checks, for `npm run bench` to compare this site's build against.
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://example.org' });
