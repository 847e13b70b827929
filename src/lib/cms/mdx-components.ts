import type { DecapField } from './decap-fields.ts';

/** The MDX components an editor may use in a body (src/components/mdx/), by name. */
export type MdxComponentName = 'Contact' | 'Contacts' | 'Measure' | 'SiteSetting';

/**
 * The components each content folder's .mdx pages are given: progress updates and impact reports by
 * src/components/mdx/index.ts, standing pages by src/pages/[page].astro. The browser editor and the
 * content checks read it here.
 */
export const mdxComponentsByFolder = {
  progress: ['Measure'],
  'impact-reports': ['Measure'],
  pages: ['Contact', 'Contacts', 'SiteSetting'],
} as const satisfies Record<string, readonly MdxComponentName[]>;

/** The components a content folder's .mdx pages are given: none for a folder without .mdx pages. */
export function mdxComponentsFor(folder: string): readonly MdxComponentName[] {
  return Object.hasOwn(mdxComponentsByFolder, folder)
    ? mdxComponentsByFolder[folder as keyof typeof mdxComponentsByFolder]
    : [];
}

/** Entries a component may name, offered as drop-down choices so an editor never types an id. */
export interface MdxChoices {
  /** content/contacts.yaml: id and name. */
  contacts: { value: string; label: string }[];
  /** content/measures: file name and title. */
  measures: { value: string; label: string }[];
}

/** What Decap's `CMS.registerEditorComponent` takes (https://decapcms.org/docs/custom-widgets/), less the preview. */
export interface EditorComponentSpec {
  id: MdxComponentName;
  label: string;
  fields: DecapField[];
  /** Matches the component's line, from the start of a block. */
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, unknown>;
  toBlock(data: Record<string, unknown>): string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** Decap hands a multiple select's value over as a plain array, or as nothing while it is empty. */
const list = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

/**
 * The components that stand on a line of their own, as Decap editor components: each shows as a
 * small form with drop-down lists of the real ids, and is written back exactly as the files write
 * it (`<Contacts ids={["a", "b"]} />`). `<SiteSetting>` sits inside a sentence, which Decap's
 * components cannot do: it stays as text, and the save check (mdx-body.ts) checks its name.
 */
export function editorComponentSpecs(choices: MdxChoices): EditorComponentSpec[] {
  return [
    {
      id: 'Contact',
      label: 'Contact',
      fields: [
        {
          name: 'id',
          label: 'Contact',
          widget: 'select',
          options: choices.contacts,
          hint: 'One route to help from the contacts list (content/contacts.yaml).',
        },
      ],
      pattern: /^<Contact id="([^"]*)" \/>$/,
      fromBlock: (match) => ({ id: match[1] ?? '' }),
      toBlock: (data) => `<Contact id="${text(data.id)}" />`,
    },
    {
      id: 'Contacts',
      label: 'Contacts',
      fields: [
        {
          name: 'ids',
          label: 'Contacts, in the order to show them',
          widget: 'select',
          multiple: true,
          options: choices.contacts,
          hint: 'Routes to help from the contacts list (content/contacts.yaml).',
        },
      ],
      pattern: /^<Contacts ids=\{\[((?:"[^"]*"(?:, *)?)*)\]\} \/>$/,
      fromBlock: (match) => ({ ids: [...(match[1] ?? '').matchAll(/"([^"]*)"/g)].map((found) => found[1] ?? '') }),
      toBlock: (data) =>
        `<Contacts ids={[${list(data.ids)
          .map((id) => JSON.stringify(id))
          .join(', ')}]} />`,
    },
    {
      id: 'Measure',
      label: 'Chart of official figures',
      fields: [
        {
          name: 'id',
          label: 'Official figures',
          widget: 'select',
          options: choices.measures,
          hint: 'The chart, table and sources of one measure (content/measures).',
        },
      ],
      pattern: /^<Measure id="([^"]*)" \/>$/,
      fromBlock: (match) => ({ id: match[1] ?? '' }),
      toBlock: (data) => `<Measure id="${text(data.id)}" />`,
    },
  ];
}
