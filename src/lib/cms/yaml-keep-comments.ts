import { isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Puts `value` into `node`, changing only what differs, so comments and quoting stay where they were. */
function update(doc: Document, node: unknown, value: unknown): unknown {
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in value)) node.delete(pair.key);
    }
    for (const [key, inner] of Object.entries(value)) {
      const existing: unknown = node.get(key, true);
      node.set(key, existing === undefined ? doc.createNode(inner) : update(doc, existing, inner));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items.splice(value.length);
    value.forEach((inner, index) => {
      node.items[index] = index < node.items.length ? update(doc, node.items[index], inner) : doc.createNode(inner);
    });
    return node;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    node.value = value;
    return node;
  }
  return doc.createNode(value);
}

/**
 * YAML for `value`, written over the file it was read from: the editor's save keeps the file's
 * comments (such as content/contacts.yaml's rules for editors) and quoting, changing only the values
 * that changed. Without the original text it is written afresh.
 */
export function yamlKeepingComments(value: unknown, original?: string): string {
  if (!original) return stringify(value, { lineWidth: 0 });
  const doc = parseDocument(original);
  doc.contents = update(doc, doc.contents, value) as typeof doc.contents;
  return doc.toString({ lineWidth: 0 });
}
