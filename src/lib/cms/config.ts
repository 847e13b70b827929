import { repositoryWebAddress, type RepositorySetting } from '../edit-link.ts';
import type { EditorCollection, MdxFiles } from './collections.ts';
import { decapFields, objectShapes, type DecapField, type FieldContext } from './decap-fields.ts';
import type { MdxComponentName } from './mdx-components.ts';

/** The name of the list field that holds a YAML list file's entries (see registerListFormat). */
export const listFieldName = 'items';
/** Decap's name for the format of a file that is a YAML list, registered by the admin page's script. */
export const yamlListFormat = 'yaml-list';
/** Decap's name for a YAML file saved over itself, keeping its comments (registered by the admin page's script). */
export const yamlFormat = 'yaml-keep-comments';
/** Decap's name for a Markdown or MDX file saved over itself, front matter kept as written (the admin page's script). */
export const markdownFormat = 'markdown-keep-front-matter';
/** Where the admin page's formats keep the text a file was read from, to write over it. Not a field. */
export const originalTextKey = '__originalText';

/** Decap's own components for any Markdown body: a picture, and code shown as written. */
const decapComponents = ['image', 'code-block'];
/** The components written on a line of their own (editor components); the rest sit inside sentences. */
const blockComponents: readonly MdxComponentName[] = ['Contact', 'Contacts', 'Measure'];

const bodyField: DecapField = {
  label: 'Body',
  name: 'body',
  widget: 'markdown',
  hint: 'The page itself, in plain English. Use ## for headings.',
  editor_components: decapComponents,
};

/** An .mdx body: the components its pages may use join the editor's "+" menu. */
function mdxBodyField(mdx: MdxFiles): DecapField {
  const inline = mdx.components.filter((name) => !blockComponents.includes(name));
  return {
    ...bodyField,
    hint:
      `${bodyField.hint} Add ${mdx.components.filter((name) => blockComponents.includes(name)).join(' or ')} ` +
      `from the + menu.${inline.length ? ` ${inline.map((name) => `<${name}>`).join(', ')} stays as written.` : ''}`,
    editor_components: [...decapComponents, ...mdx.components.filter((name) => blockComponents.includes(name))],
  };
}

/** The Decap collection of a folder's .mdx files. */
export const mdxCollectionName = (collection: string) => `${collection}-mdx`;

/** Decap's collection entries for one editor collection: one per union option, or one. */
export function decapCollections(spec: EditorCollection, context: FieldContext): Record<string, unknown>[] {
  const { source } = spec;
  if (source.kind === 'yaml-list') {
    const [shape] = objectShapes(spec.schema);
    return [
      {
        name: spec.collection,
        label: spec.label,
        // Decap reads a collection's format at collection level, file collections included.
        format: yamlListFormat,
        files: [
          {
            name: spec.collection,
            label: spec.label,
            file: source.file,
            fields: [
              {
                label: spec.label,
                label_singular: spec.labelSingular,
                name: listFieldName,
                widget: 'list',
                ...(spec.summary ? { summary: spec.summary } : {}),
                fields: decapFields(shape ?? {}, context),
              },
            ],
          },
        ],
      },
    ];
  }
  if (source.kind === 'markdown-file') {
    const [shape] = objectShapes(spec.schema);
    return [
      {
        name: spec.collection,
        label: spec.label,
        format: markdownFormat,
        files: [
          {
            name: spec.collection,
            label: spec.labelSingular,
            file: source.file,
            fields: [...decapFields(shape ?? {}, context), bodyField],
          },
        ],
      },
    ];
  }
  const markdown = source.kind === 'markdown-folder';
  const common = {
    folder: source.folder,
    extension: markdown ? 'md' : 'yaml',
    format: markdown ? markdownFormat : yamlFormat,
    ...(spec.slug ? { slug: spec.slug } : {}),
    ...(spec.summary ? { summary: spec.summary } : {}),
  };
  const withBody = (fields: DecapField[]) => (markdown ? [...fields, bodyField] : fields);
  const shapes = objectShapes(spec.schema);
  if (!spec.variants) {
    const fields = decapFields(shapes[0] ?? {}, context);
    const mdx = source.kind === 'markdown-folder' ? source.mdx : undefined;
    return [
      {
        name: spec.collection,
        label: spec.label,
        label_singular: spec.labelSingular,
        create: true,
        ...common,
        fields: withBody(fields),
      },
      ...(mdx
        ? [
            {
              name: mdxCollectionName(spec.collection),
              label: mdx.label,
              label_singular: mdx.labelSingular,
              create: true,
              ...common,
              extension: 'mdx',
              fields: [...fields, mdxBodyField(mdx)],
            },
          ]
        : []),
    ];
  }
  const { discriminator, options } = spec.variants;
  return options.map((variant) => {
    const shape = shapes.find((candidate) => {
      const marker = candidate[discriminator] as unknown as { _zod: { def: { values?: unknown[] } } } | undefined;
      return marker?._zod.def.values?.includes(variant.value);
    });
    if (!shape) throw new Error(`${spec.collection} has no option with ${discriminator}: ${variant.value}.`);
    return {
      name: variant.name,
      label: variant.label,
      label_singular: variant.labelSingular,
      create: variant.create,
      ...common,
      filter: { field: discriminator, value: variant.value },
      fields: withBody(decapFields(shape, context)),
    };
  });
}

/** Where the editor saves: the working copy locally, GitHub (signed in through Netlify) in production. */
export interface BackendChoice {
  /** True under `npm run edit`: Decap's local backend (decap-server) on this port. */
  localPort?: number;
  repository: RepositorySetting;
  /** Netlify's build variables, for REPOSITORY_URL when the site configuration leaves the repository empty. */
  env?: Record<string, string | undefined>;
}

/** "owner/name" of the GitHub repository the site is built from, or undefined if it is not known. */
export function githubRepository(repository: RepositorySetting, env: Record<string, string | undefined> = {}) {
  const web = repositoryWebAddress(repository.url.trim() || env.REPOSITORY_URL || '');
  if (!web || web.host !== 'github.com') return undefined;
  return web.address.replace('https://github.com/', '');
}

/** The whole of Decap's config.yml, as an object. */
export function decapConfig(collections: EditorCollection[], context: FieldContext, backend: BackendChoice) {
  const repo = githubRepository(backend.repository, backend.env);
  const branch = backend.repository.url.trim()
    ? backend.repository.branch
    : backend.env?.BRANCH || backend.repository.branch;
  return {
    backend: {
      name: 'github',
      // Left empty when the build cannot tell: README "Before going live" says to set it in src/site.config.ts.
      repo: repo ?? '',
      branch,
      // Netlify's OAuth provider signs editors in to GitHub (this is also Decap's default).
      base_url: 'https://api.netlify.com',
    },
    // Locally (npm run edit) Decap writes straight into the working copy through decap-server; the
    // review workflow needs pull requests, so it is for production only.
    ...(backend.localPort
      ? { local_backend: { url: `http://localhost:${backend.localPort}/api/v1` } }
      : { publish_mode: 'editorial_workflow' }),
    media_folder: 'public/images',
    public_folder: '/images',
    site_url: '/',
    locale: 'en',
    collections: collections.flatMap((spec) => decapCollections(spec, context)),
  };
}
