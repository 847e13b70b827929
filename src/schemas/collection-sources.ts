import type { z } from 'astro/zod';
import { contactSchema } from './contact.ts';
import { glossaryTermSchema } from './glossary.ts';
import { impactReportSchema } from './impact-report.ts';
import { improvementSchema } from './improvement.ts';
import { measureSchema } from './measure.ts';
import { pageSchema } from './page.ts';
import { progressSchema } from './progress.ts';
import { statementSchema } from './statement.ts';
import { whereThingsStandSchema } from './where-things-stand.ts';

/**
 * Where a collection's entries come from, inside the content folder. Files whose names start with "_" are
 * notes and templates for editors, not entries.
 */
export type CollectionSource =
  /** One entry per Markdown or MDX file (its front matter) matching `pattern` in `folder`. */
  | { entries: 'markdown'; folder: string; pattern: string }
  /** One entry per YAML file matching `pattern` in `folder`. */
  | { entries: 'yaml-files'; folder: string; pattern: string }
  /** One entry per item of the list in one YAML file, each with an `id`. */
  | { entries: 'yaml-list'; file: string };

/**
 * Every collection: where its entries are and the schema each must match. src/content.config.ts makes Astro's
 * loaders from it, and `npm run check:content` checks the same files against the same schemas without Astro.
 */
export const collectionSources = {
  statement: {
    source: { entries: 'markdown', folder: 'statement', pattern: '**/*.{md,mdx}' },
    schema: statementSchema,
  },
  progress: { source: { entries: 'markdown', folder: 'progress', pattern: '**/*.{md,mdx}' }, schema: progressSchema },
  'impact-reports': {
    source: { entries: 'markdown', folder: 'impact-reports', pattern: '**/*.{md,mdx}' },
    schema: impactReportSchema,
  },
  pages: { source: { entries: 'markdown', folder: 'pages', pattern: '**/*.{md,mdx}' }, schema: pageSchema },
  glossary: { source: { entries: 'yaml-list', file: 'glossary.yaml' }, schema: glossaryTermSchema },
  /** Routes to help: pages show them with <Contact id> and <Contacts ids>, never typed into the text. */
  contacts: { source: { entries: 'yaml-list', file: 'contacts.yaml' }, schema: contactSchema },
  /** The 2024 inspection's areas for improvement: their own list, not a reopening of the 2017 priority areas. */
  improvements: { source: { entries: 'yaml-list', file: 'inspection-2024.yaml' }, schema: improvementSchema },
  /** "Where things stand now", the one dated summary at the top of the home page. */
  now: {
    source: { entries: 'markdown', folder: '.', pattern: 'where-things-stand.md' },
    schema: whereThingsStandSchema,
  },
  measures: { source: { entries: 'yaml-files', folder: 'measures', pattern: '**/*.yaml' }, schema: measureSchema },
} as const satisfies Record<string, { source: CollectionSource; schema: z.ZodType }>;
