import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The same Markdown files the site builds (SEND_CONTENT_DIR), every kind in one collection, no schema.
export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/[^_]*.md', base: process.env['SEND_CONTENT_DIR'] ?? 'content' }),
  }),
};
