import type { z } from 'zod';

/** One field of Decap CMS's configuration (https://decapcms.org/docs/widgets/), as config.yml writes it. */
export interface DecapField {
  label: string;
  name: string;
  widget: string;
  required?: boolean;
  /** Ours, ignored by Decap: the key must be written, as null when left blank (measures' figures). */
  nullable?: boolean;
  hint?: string;
  default?: unknown;
  fields?: DecapField[];
  field?: DecapField;
  options?: { label: string; value: string }[];
  value_type?: 'int' | 'float';
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  summary?: string;
  /** A select that takes several choices (Decap's select widget). */
  multiple?: boolean;
  /** The markdown widget's editor components (Decap: `editor_components`), by id. */
  editor_components?: string[];
}

/** A choice for a field that refers to another collection's entries. */
export interface ReferenceOption {
  label: string;
  value: string;
}

/** What the converter needs that a schema cannot say: the entries a reference may point to. */
export interface FieldContext {
  referenceOptions(collection: string): ReferenceOption[];
}

/** A schema uses a zod type the editor has no field for: the converter must learn it, not skip it. */
export class UnsupportedSchemaError extends Error {
  override name = 'UnsupportedSchemaError';
}

/** The editor-facing metadata a schema may carry through `.meta()` (`.describe()` sets `description`). */
interface EditorMeta {
  title?: string;
  description?: string;
  /** The collection a `reference()` points to: Astro's reference keeps it in a closure, out of reach. */
  references?: string;
}

// zod 4 keeps a schema's kind in `_zod.def`; the public types do not expose every part read here.
type SchemaDef = { type: string; [key: string]: unknown };
type AnySchema = { _zod: { def: SchemaDef }; meta(): unknown; description?: string | undefined };

const asSchema = (value: unknown) => value as AnySchema;

/** "inspectionStart" → "Inspection start", for fields whose schema gives no title. */
export function labelFromName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Strips optional, default and nullable wrappers, keeping what they say about the field. */
function unwrap(schema: AnySchema) {
  let current = schema;
  let required = true;
  let nullable = false;
  let optional = false;
  let defaultValue: unknown;
  const meta: EditorMeta = {};
  for (;;) {
    const own = (current.meta() ?? {}) as EditorMeta;
    meta.title ??= own.title;
    meta.description ??= own.description ?? current.description;
    meta.references ??= own.references;
    const { def } = current._zod;
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      if (def.type === 'optional') optional = true;
      else nullable = true;
      current = asSchema(def.innerType);
    } else if (def.type === 'default') {
      required = false;
      const value = def.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      current = asSchema(def.innerType);
    } else {
      return { core: current, required, nullable: nullable && !optional, defaultValue, meta };
    }
  }
}

/** A calendar date: the site's `isoDate()` is a preprocess (string → Date) piped into z.date(). */
function isDatePipe(def: Record<string, unknown>): boolean {
  return def.type === 'pipe' && asSchema(def.out)._zod.def.type === 'date';
}

/** Astro's `reference()` is a union of an id and `{ id, collection }`, piped through a transform. */
function isReference(def: Record<string, unknown>): boolean {
  if (def.type !== 'pipe') return false;
  const input = asSchema(def.in)._zod.def;
  return (
    input.type === 'union' &&
    (input.options as AnySchema[]).some((option) => {
      const shape = option._zod.def.shape as Record<string, unknown> | undefined;
      return shape !== undefined && 'collection' in shape;
    })
  );
}

const dateWidget = { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true } as const;

/** Text up to this many characters gets a one-line box; longer text gets a text area. */
const oneLineLimit = 120;

/** The Decap field for one schema field, named `name`; `path` names it in errors. */
export function decapField(name: string, schema: z.ZodType, context: FieldContext, path = name): DecapField {
  const { core, required, nullable, defaultValue, meta } = unwrap(asSchema(schema));
  const base: DecapField = { label: meta.title ?? labelFromName(name), name, widget: 'string' };
  if (meta.description) base.hint = meta.description;
  if (!required) base.required = false;
  if (nullable) base.nullable = true;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0))
    base.default = defaultValue;
  const { def } = core._zod;
  const maxLength = (core as unknown as { maxLength?: number | null }).maxLength;

  if (isReference(def)) {
    if (!meta.references)
      throw new UnsupportedSchemaError(
        `Field "${path}" is a reference() without .meta({ references: 'collection' }), so the editor cannot list its choices.`,
      );
    return { ...base, widget: 'select', options: context.referenceOptions(meta.references) };
  }
  if (isDatePipe(def) || def.type === 'date') return { ...base, ...dateWidget };
  switch (def.type) {
    case 'string':
      return { ...base, widget: maxLength != null && maxLength > oneLineLimit ? 'text' : 'string' };
    case 'number':
      return { ...base, widget: 'number', value_type: String(def.format ?? '').includes('int') ? 'int' : 'float' };
    case 'boolean':
      return { ...base, widget: 'boolean', default: defaultValue ?? false };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return { ...base, widget: 'select', options: values.map((value) => ({ label: value, value })) };
    }
    case 'literal': {
      const [value] = def.values as unknown[];
      return { ...base, widget: 'hidden', default: value };
    }
    case 'object':
      return { ...base, widget: 'object', fields: decapFields(def.shape as z.ZodRawShape, context, path) };
    case 'array': {
      const element = asSchema(def.element);
      if (unwrap(element).core._zod.def.type === 'object') {
        const shape = unwrap(element).core._zod.def.shape as z.ZodRawShape;
        return { ...base, widget: 'list', fields: decapFields(shape, context, `${path}[]`) };
      }
      const item = decapField(singular(name), element as unknown as z.ZodType, context, `${path}[]`);
      return { ...base, widget: 'list', field: item };
    }
    default:
      throw new UnsupportedSchemaError(
        `Field "${path}" uses a zod type ("${def.type}") the editor has no field for. Teach src/lib/cms/decap-fields.ts to show it.`,
      );
  }
}

/** The name of one item of a list field: "weaknesses" → "weakness", "otherWords" → "otherWord". */
function singular(name: string): string {
  if (name.endsWith('sses')) return name.slice(0, -2);
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

/** The Decap fields for every key of an object schema's shape, in the schema's order. */
export function decapFields(shape: z.ZodRawShape, context: FieldContext, path = ''): DecapField[] {
  return Object.entries(shape).map(([name, schema]) =>
    decapField(name, schema as z.ZodType, context, path ? `${path}.${name}` : name),
  );
}

/** The object shape(s) of a collection schema: one for an object, one per option for a discriminated union. */
export function objectShapes(schema: z.ZodType): z.ZodRawShape[] {
  const { core } = unwrap(asSchema(schema));
  const { def } = core._zod;
  if (def.type === 'object') return [def.shape as z.ZodRawShape];
  if (def.type === 'union') return (def.options as z.ZodType[]).flatMap(objectShapes);
  throw new UnsupportedSchemaError(`A collection schema must be an object or a union of objects, not "${def.type}".`);
}
