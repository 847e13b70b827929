import type { z } from 'zod';
import { collectionSources } from '../../schemas/collection-sources.ts';
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

type CollectionName = keyof typeof collectionSources;

/** A path inside the repository's content folder, where Decap reads and writes. */
const inContent = (name: string) => (name === '.' ? 'content' : `content/${name}`);

/**
 * A collection's name, schema and files, from the one list the site is built from
 * (src/schemas/collection-sources.ts), in the form Decap needs. Decap reads one file extension per
 * collection, so a Markdown folder's `.mdx` files are described separately (`mdx`).
 */
function fromSite(
  collection: CollectionName,
  mdx?: MdxFiles,
): Pick<EditorCollection, 'collection' | 'source' | 'schema'> {
  const { source, schema } = collectionSources[collection];
  const editorSource = (): EditorSource => {
    if (source.entries === 'yaml-list') return { kind: 'yaml-list', file: inContent(source.file) };
    if (source.entries === 'yaml-files') return { kind: 'yaml-folder', folder: inContent(source.folder) };
    // A pattern with no wildcard names the collection's one file.
    if (!/[*?{[]/.test(source.pattern))
      return { kind: 'markdown-file', file: `${inContent(source.folder)}/${source.pattern}` };
    return { kind: 'markdown-folder', folder: inContent(source.folder), ...(mdx ? { mdx } : {}) };
  };
  return { collection, source: editorSource(), schema };
}

/**
 * Every collection editors can change in the browser, in the order the editor lists them. The
 * schemas and files are the ones the build uses: the editor's fields are generated from the schemas.
 */
export const editorCollections: EditorCollection[] = [
  {
    ...fromSite('progress', {
      label: 'Progress updates with charts',
      labelSingular: 'Progress update with charts',
      components: mdxComponentsByFolder['progress'],
    }),
    label: 'Progress updates',
    labelSingular: 'Progress update',
    // The convention `npm run new` follows too: YYYY-MM-DD-title.md, dated by the day reported on.
    slug: '{{fields.date}}-{{slug}}',
    summary: '{{fields.date}}: {{title}}',
  },
  {
    ...fromSite('impact-reports', {
      label: 'Impact reports with charts',
      labelSingular: 'Impact report with charts',
      components: mdxComponentsByFolder['impact-reports'],
    }),
    label: 'Impact reports',
    labelSingular: 'Impact report',
    slug: '{{fields.academicYear}}',
    summary: '{{fields.academicYear}}: {{title}}',
  },
  {
    ...fromSite('statement'),
    label: 'Statement of action',
    labelSingular: 'Statement page',
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
    ...fromSite('pages', {
      label: 'Standing pages with contacts or settings',
      labelSingular: 'Standing page with contacts or settings',
      components: mdxComponentsByFolder['pages'],
    }),
    label: 'Standing pages',
    labelSingular: 'Standing page',
    slug: '{{slug}}',
  },
  {
    ...fromSite('now'),
    label: 'Where things stand now',
    labelSingular: 'Where things stand now',
  },
  {
    ...fromSite('contacts'),
    label: 'Contacts (routes to help)',
    labelSingular: 'Contact',
    summary: '{{fields.name}}',
  },
  {
    ...fromSite('improvements'),
    label: '2024 areas for improvement',
    labelSingular: 'Area for improvement',
    summary: '{{fields.order}}. {{fields.title}}',
  },
  {
    ...fromSite('glossary'),
    label: 'Glossary',
    labelSingular: 'Glossary term',
    summary: '{{fields.term}}',
  },
  {
    ...fromSite('measures'),
    label: 'Measures',
    labelSingular: 'Measure',
    slug: '{{slug}}',
  },
];
