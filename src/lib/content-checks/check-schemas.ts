import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load as readYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import type { CollectionSource } from '../../schemas/collection-sources.ts';

/** A collection as `npm run check:content` checks it: where its entries are and the schema each must match. */
export interface CheckedCollection {
  source: CollectionSource;
  schema: z.ZodType;
}

/** An entry to check, and how to name it in a message. */
interface Entry {
  /** "content/progress/2019-02-13-revisit.md", or "content/glossary.yaml, the item with id "EHCP"". */
  name: string;
  data: unknown;
}

/**
 * Astro's own pattern for front matter (@astrojs/internal-helpers), for YAML only. All YAML here is read with
 * js-yaml, as Astro reads it: each schema sees the values the build gives it (a date written YYYY-MM-DD becomes
 * a date), so it gives the same message.
 */
const frontMatter = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const isEntryFile = (name: string) => !path.basename(name).startsWith('_');

async function filesIn(folder: string, pattern: string): Promise<string[]> {
  const names: string[] = [];
  for await (const name of glob(pattern, { cwd: folder })) if (isEntryFile(name)) names.push(name);
  return names.sort();
}

/** What went wrong reading a file, in an editor's words. */
const unreadable = (shown: string, what: string, error: unknown) =>
  `${shown}: ${what} is not valid YAML. ${error instanceof Error ? error.message : String(error)}`;

/** A collection's entries with the data each holds, and the problems that stopped an entry being read. */
async function entriesOf(
  root: string,
  shownRoot: string,
  source: CollectionSource,
): Promise<{ entries: Entry[]; problems: string[] }> {
  const entries: Entry[] = [];
  const problems: string[] = [];
  if (source.entries === 'yaml-list') {
    const shown = path.join(shownRoot, source.file);
    const text = await readFile(path.join(root, source.file), 'utf8').catch(() => undefined);
    // A folder may have no contacts or measures yet: Astro makes an empty collection too.
    if (text === undefined) return { entries, problems };
    let data: unknown;
    try {
      data = readYaml(text);
    } catch (error) {
      return { entries, problems: [unreadable(shown, 'it', error)] };
    }
    if (!Array.isArray(data))
      return { entries, problems: [`${shown}: expected a list of entries, each starting "- id:".`] };
    // Astro's file loader only logs an item with no id (and leaves it out), and keeps the last of two with one id.
    const firstWithId = new Map<string, number>();
    data.forEach((item: unknown, index) => {
      const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
      if (id === undefined || id === null || id === '') {
        problems.push(
          `${shown}: item ${index + 1} has no id, so the site would leave it out. Add one, such as "- id: ...".`,
        );
        return;
      }
      const first = firstWithId.get(String(id));
      if (first === undefined) firstWithId.set(String(id), index);
      else
        problems.push(
          `${shown}: items ${first + 1} and ${index + 1} both have the id ${JSON.stringify(String(id))}, so the site would show only item ${index + 1}. Give each item its own id.`,
        );
      entries.push({ name: `${shown}, the item with id ${JSON.stringify(String(id))}`, data: item });
    });
    return { entries, problems };
  }
  const folder = path.join(root, source.folder);
  for (const name of await filesIn(folder, source.pattern)) {
    const shown = path.join(shownRoot, source.folder, name);
    const text = await readFile(path.join(folder, name), 'utf8');
    try {
      if (source.entries === 'yaml-files') entries.push({ name: shown, data: readYaml(text) ?? {} });
      else {
        const yaml = frontMatter.exec(text)?.[1];
        const data = yaml === undefined ? {} : readYaml(yaml);
        entries.push({ name: shown, data: typeof data === 'object' && data !== null ? data : {} });
      }
    } catch (error) {
      problems.push(unreadable(shown, source.entries === 'yaml-files' ? 'it' : 'its front matter', error));
    }
  }
  return { entries, problems };
}

/**
 * What would leave entries out of the site without failing its build, which Astro only logs: YAML that cannot
 * be read (a whole list file, such as the glossary, would be empty), a list item with no id, two items with one
 * id. `npm run build` runs this; `checkSchemas` reports the same and more.
 */
export async function checkEntriesCanBeRead(
  root: string,
  shownRoot: string,
  sources: Readonly<Record<string, { source: CollectionSource }>>,
): Promise<string[]> {
  const read = await Promise.all(Object.values(sources).map(({ source }) => entriesOf(root, shownRoot, source)));
  return read.flatMap(({ problems }) => problems);
}

/**
 * Checks every entry of every collection against its schema, as `astro sync` and the build do, without
 * starting Astro: a message per entry that does not match, naming the file (and item) and each field
 * with the schema's own words. `root` is the content folder; `shownRoot` is how messages name it.
 */
export async function checkSchemas(
  root: string,
  shownRoot: string,
  collections: Readonly<Record<string, CheckedCollection>>,
): Promise<string[]> {
  const messages = await Promise.all(
    Object.entries(collections).map(async ([collection, { source, schema }]) => {
      const { entries, problems } = await entriesOf(root, shownRoot, source);
      for (const entry of entries) {
        const result = await schema.safeParseAsync(entry.data);
        if (result.success) continue;
        // Each wrong field as Astro words it ("  field: message"); a rule on the whole entry has no field.
        const fields = result.error.issues.map(
          (issue) => `  ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
        );
        problems.push(`${entry.name} does not match the ${collection} schema.\n${fields.join('\n')}`);
      }
      return problems;
    }),
  );
  return messages.flat();
}
