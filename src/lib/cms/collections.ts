import type { z } from 'zod';
import { contactSchema } from '../../schemas/contact.ts';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { impactReportSchema } from '../../schemas/impact-report.ts';
import { improvementSchema } from '../../schemas/improvement.ts';
import { measureSchema } from '../../schemas/measure.ts';
import { pageSchema } from '../../schemas/page.ts';
import { progressSchema } from '../../schemas/progress.ts';
import { statementSchema } from '../../schemas/statement.ts';
import { whereThingsStandSchema } from '../../schemas/where-things-stand.ts';
import { mdxComponentsByFolder, type MdxComponentName } from './mdx-components.ts';

/** Where a collection's files live, and how they are written. */
export type EditorSource =
  /** One Markdown file per entry: front matter then the body; `.mdx` files too when `mdx` is set. */
  | { kind: 'markdown-folder'; folder: string; mdx?: MdxFiles }
  /** One Markdown file that is the collection's only entry. */
  | { kind: 'markdown-file'; file: string }
  /** One YAML file per entry. */
  | { kind: 'yaml-folder'; folder: string }
  /** One YAML file holding a list of entries (Astro's file() loader). */
  | { kind: 'yaml-list'; file: string };

/**
 * A folder's `.mdx` files, whose bodies may use components. Decap reads one file extension per
 * collection, so they are a collection of their own in the editor, beside the `.md` files.
 */
export interface MdxFiles {
  label: string;
  labelSingular: string;
  /** The components the folder's pages are given (mdxComponentsByFolder; a unit test compares it with the pages). */
  components: readonly MdxComponentName[];
}

/** One kind of entry within a collection whose schema is a union told apart by `type`. */
export interface EditorVariant {
  /** The value of the discriminator that marks this kind of entry. */
  value: string;
  name: string;
  label: string;
  labelSingular: string;
  /** Whether editors may add entries of this kind (the statement has exactly one overview). */
  create: boolean;
}

/** A content collection as the browser editor shows it. */
export interface EditorCollection {
  /** The Astro collection's name (src/content.config.ts). */
  collection: string;
  label: string;
  labelSingular: string;
  source: EditorSource;
  schema: z.ZodType;
  /** The new file's name, in Decap's slug template (https://decapcms.org/docs/configuration-options/#slug). */
  slug?: string;
  /** How an entry is listed (Decap's summary template). */
  summary?: string;
  /** For a union schema: its discriminator and one editor collection per option. */
  variants?: { discriminator: string; options: EditorVariant[] };
}

/**
 * Every collection editors can change in the browser, in the order the editor lists them. The
 * schemas are the ones the build checks with: the editor's fields are generated from them.
 */
export const editorCollections: EditorCollection[] = [
  {
    collection: 'progress',
    label: 'Progress updates',
    labelSingular: 'Progress update',
    source: {
      kind: 'markdown-folder',
      folder: 'content/progress',
      mdx: {
        label: 'Progress updates with charts',
        labelSingular: 'Progress update with charts',
        components: mdxComponentsByFolder['progress'],
      },
    },
    schema: progressSchema,
    // The convention `npm run new` follows too: YYYY-MM-DD-title.md, dated by the day reported on.
    slug: '{{fields.date}}-{{slug}}',
    summary: '{{fields.date}}: {{title}}',
  },
  {
    collection: 'impact-reports',
    label: 'Impact reports',
    labelSingular: 'Impact report',
    source: {
      kind: 'markdown-folder',
      folder: 'content/impact-reports',
      mdx: {
        label: 'Impact reports with charts',
        labelSingular: 'Impact report with charts',
        components: mdxComponentsByFolder['impact-reports'],
      },
    },
    schema: impactReportSchema,
    slug: '{{fields.academicYear}}',
    summary: '{{fields.academicYear}}: {{title}}',
  },
  {
    collection: 'statement',
    label: 'Statement of action',
    labelSingular: 'Statement page',
    source: { kind: 'markdown-folder', folder: 'content/statement' },
    schema: statementSchema,
    slug: '{{slug}}',
    variants: {
      discriminator: 'type',
      options: [
        {
          value: 'overview',
          name: 'statement-overview',
          label: 'Statement: overview',
          labelSingular: 'Statement overview',
          create: false,
        },
        {
          value: 'priority-area',
          name: 'statement-priority-areas',
          label: 'Statement: priority areas',
          labelSingular: 'Priority area',
          create: true,
        },
      ],
    },
  },
  {
    collection: 'pages',
    label: 'Standing pages',
    labelSingular: 'Standing page',
    source: {
      kind: 'markdown-folder',
      folder: 'content/pages',
      mdx: {
        label: 'Standing pages with contacts or settings',
        labelSingular: 'Standing page with contacts or settings',
        components: mdxComponentsByFolder['pages'],
      },
    },
    schema: pageSchema,
    slug: '{{slug}}',
  },
  {
    collection: 'now',
    label: 'Where things stand now',
    labelSingular: 'Where things stand now',
    source: { kind: 'markdown-file', file: 'content/where-things-stand.md' },
    schema: whereThingsStandSchema,
  },
  {
    collection: 'contacts',
    label: 'Contacts (routes to help)',
    labelSingular: 'Contact',
    source: { kind: 'yaml-list', file: 'content/contacts.yaml' },
    schema: contactSchema,
    summary: '{{fields.name}}',
  },
  {
    collection: 'improvements',
    label: '2024 areas for improvement',
    labelSingular: 'Area for improvement',
    source: { kind: 'yaml-list', file: 'content/inspection-2024.yaml' },
    schema: improvementSchema,
    summary: '{{fields.order}}. {{fields.title}}',
  },
  {
    collection: 'glossary',
    label: 'Glossary',
    labelSingular: 'Glossary term',
    source: { kind: 'yaml-list', file: 'content/glossary.yaml' },
    schema: glossaryTermSchema,
    summary: '{{fields.term}}',
  },
  {
    collection: 'measures',
    label: 'Measures',
    labelSingular: 'Measure',
    source: { kind: 'yaml-folder', folder: 'content/measures' },
    schema: measureSchema,
    slug: '{{slug}}',
  },
];
