import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collections } from '../../src/content.config.ts';
import { editorCollections } from '../../src/lib/cms/collections.ts';
import { decapCollections, listFieldName } from '../../src/lib/cms/config.ts';
import type { DecapField } from '../../src/lib/cms/decap-fields.ts';

const context = { referenceOptions: () => [{ label: 'An area', value: 'an-area' }] };

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** Every field path of a schema, read through JSON Schema: a second, independent reading of the zod schema. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  const options = schema.anyOf ?? schema.oneOf;
  // A reference() accepts an entry id or { id, collection }: in a file (and the editor) it is the id alone.
  if (options?.some((option) => option.properties && 'collection' in option.properties)) return [];
  if (options) return [...new Set(options.flatMap((option) => schemaPaths(option, prefix)))];
  if (schema.items) return schemaPaths(schema.items, `${prefix}[]`);
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...schemaPaths(child, path)];
  });
}

/** Every field path the editor shows, the Markdown body aside (it is the file's text, not front matter). */
function editorPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (field.name === 'body' && field.widget === 'markdown' && !prefix) return [];
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const inner = field.fields ? editorPaths(field.fields, field.widget === 'list' ? `${path}[]` : path) : [];
    return [path, ...inner];
  });
}

/** The fields of every Decap collection made from one site collection, merged (the statement has two). */
function fieldsOf(collection: string): DecapField[] {
  const spec = editorCollections.find((candidate) => candidate.collection === collection);
  if (!spec) return [];
  return decapCollections(spec, context).flatMap((entry) => {
    const files = entry.files as { fields: DecapField[] }[] | undefined;
    if (files)
      return files.flatMap((file) => file.fields.find((field) => field.name === listFieldName)?.fields ?? file.fields);
    return entry.fields as DecapField[];
  });
}

describe('the browser editor and the schemas', () => {
  it('covers every content collection the site builds from', () => {
    expect(editorCollections.map((spec) => spec.collection).sort()).toEqual(Object.keys(collections).sort());
  });

  for (const spec of editorCollections) {
    it(`has an editor field for every ${spec.collection} schema field, and no other`, () => {
      const json = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const fromSchema = [...new Set(schemaPaths(json))].sort();
      const fromEditor = [...new Set(editorPaths(fieldsOf(spec.collection)))].sort();
      expect(fromSchema.length).toBeGreaterThan(0);
      expect(fromEditor).toEqual(fromSchema);
    });
  }
});
