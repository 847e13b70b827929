import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDirectory } from './lib/content-directory.ts';
import { collectionSources, type CollectionSource } from './schemas/collection-sources.ts';

const root = contentDirectory();

/**
 * Astro's loader for a collection's source. Files starting with "_" are notes and templates for editors, not
 * entries. Of Markdown, only the rendered HTML is kept, not the text it came from: nothing reads it, and it
 * would double the data store (issue 8).
 */
function loaderFor(source: CollectionSource) {
  if (source.entries === 'yaml-list') return file(`${root}/${source.file}`);
  const base = `${root}/${source.folder}`;
  const pattern = [source.pattern, '!**/_*'];
  return source.entries === 'markdown' ? glob({ pattern, base, retainBody: false }) : glob({ pattern, base });
}

/** A collection as Astro defines it, keeping its schema's type for `getCollection`. */
const define = <S extends z.ZodType>({ source, schema }: { source: CollectionSource; schema: S }) =>
  defineCollection({ loader: loaderFor(source), schema });

export const collections = {
  statement: define(collectionSources.statement),
  progress: define(collectionSources.progress),
  'impact-reports': define(collectionSources['impact-reports']),
  pages: define(collectionSources.pages),
  glossary: define(collectionSources.glossary),
  contacts: define(collectionSources.contacts),
  improvements: define(collectionSources.improvements),
  now: define(collectionSources.now),
  measures: define(collectionSources.measures),
};
