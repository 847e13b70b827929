import type { z } from 'zod';
import type { DecapField } from './decap-fields.ts';

/** One thing wrong with an entry, named the way the editor's form names the field. */
export interface FieldProblem {
  /** Where it is, as zod gives it: ["areas", 0, "status"]. */
  path: (string | number)[];
  /** The field as the form labels it: "Priority areas, item 1, Status". */
  label: string;
  /** The schema's own message, the one the build would give. */
  message: string;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** True for an object whose every value is blank, such as an optional group the editor never filled in. */
const isBlankObject = (value: Record<string, unknown>): boolean =>
  Object.values(value).every((inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? isBlankObject(inner as Record<string, unknown>)
      : isEmpty(inner) || inner === false,
  );

/**
 * The entry as it should be written: Decap keeps an optional field the editor left blank as ''
 * (or null), which the schema would reject, so those keys are dropped, at every depth; a field
 * that must be there but may be empty (a measure's missing figure) is written as null.
 */
export function withoutBlankOptionalFields(
  data: Record<string, unknown>,
  fields: DecapField[],
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...data };
  for (const field of fields) {
    const value = result[field.name];
    if (field.nullable && isEmpty(value)) {
      result[field.name] = null;
    } else if (field.required === false && isEmpty(value)) {
      delete result[field.name];
    } else if (field.widget === 'object' && field.fields && value && typeof value === 'object') {
      const inner = withoutBlankOptionalFields(value as Record<string, unknown>, field.fields);
      if (field.required === false && isBlankObject(inner)) delete result[field.name];
      else result[field.name] = inner;
    } else if (field.widget === 'list' && field.fields && Array.isArray(value)) {
      const inner = field.fields;
      result[field.name] = value.map((item: unknown) =>
        item && typeof item === 'object' ? withoutBlankOptionalFields(item as Record<string, unknown>, inner) : item,
      );
    }
  }
  return result;
}

/** The form's label for a path: each field's label, and "item N" for list items (counting from 1). */
export function labelForPath(path: readonly PropertyKey[], fields: DecapField[]): string {
  const parts: string[] = [];
  let current: DecapField[] | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') {
      parts.push(`item ${key + 1}`);
      continue;
    }
    const field: DecapField | undefined = current?.find((candidate) => candidate.name === key);
    parts.push(field?.label ?? String(key));
    current = field?.fields ?? (field?.field ? [field.field] : undefined);
  }
  return parts.join(', ') || 'This entry';
}

/** Checks an entry against its schema, exactly as the build will, and names each problem by its form label. */
export function checkEntry(schema: z.ZodType, data: unknown, fields: DecapField[]): FieldProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return { path, label: labelForPath(path, fields), message: issue.message };
  });
}
