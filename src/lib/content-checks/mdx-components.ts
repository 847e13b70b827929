import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { mdxBodyFindings, type MdxIds } from '../cms/mdx-body.ts';
import { mdxComponentsFor } from '../cms/mdx-components.ts';
import type { Finding } from './check-file.ts';

/**
 * The ids `.mdx` components may name: the contacts in content/contacts.yaml and the measures' file
 * names in content/measures (without .yaml; files starting with "_" are notes), sorted.
 */
export function mdxIds(contactsYaml: string, measureFiles: readonly string[]): MdxIds {
  const entries: unknown = contactsYaml ? parseYaml(contactsYaml) : [];
  // Read before the schemas are checked: an entry without a text id is skipped here and reported by the schema.
  const contactIds = Array.isArray(entries)
    ? entries.flatMap((entry: { id?: unknown } | null) => (typeof entry?.id === 'string' ? [entry.id] : []))
    : [];
  const measureIds = measureFiles
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .map((name) => name.slice(0, -'.yaml'.length));
  return { contactIds: contactIds.sort(), measureIds: measureIds.sort() };
}

/** The front matter at the top of a file, with its closing line. */
const frontMatter = /^---\n[\s\S]*?\n---(?:\n|$)/;

/**
 * What in an .mdx file's body would stop the build (a component its folder's pages are not given, an id
 * that names nothing, characters MDX reads as code), with the build's own messages, where each starts.
 */
export function mdxComponentFindings(file: string, text: string, ids: MdxIds): Finding[] {
  const bodyStart = frontMatter.exec(text)?.[0].length ?? 0;
  const components = mdxComponentsFor(path.basename(path.dirname(file)));
  return mdxBodyFindings(text.slice(bodyStart), { ...ids, components }, file).map(({ message, offset }) => {
    const before = text.slice(0, bodyStart + offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return {
      file,
      line: before.split('\n').length,
      column: before.length - lineStart + 1,
      severity: 'error',
      rule: 'mdx-component',
      message,
    };
  });
}
