import { editorCollections } from '../../../lib/cms/collections.ts';
import { decapCollections, listFieldName } from '../../../lib/cms/config.ts';
import type { DecapField } from '../../../lib/cms/decap-fields.ts';
import { mdxBodyProblems, type MdxIds } from '../../../lib/cms/mdx-body.ts';
import { checkEntry, withoutBlankOptionalFields, type FieldProblem } from '../../../lib/cms/validate.ts';
import { z } from 'zod';
import type { DecapCms, ImmutableLike } from './decap.d.ts';
import { showProblems } from './problems.ts';

/** What the editor saves for one Decap collection: its fields and the schema the build checks it with. */
interface SaveCheck {
  fields: DecapField[];
  /** `file` names the entry in messages, as the build would: "content/pages/contact.mdx". */
  check(data: Record<string, unknown>, file: string): { data: Record<string, unknown>; problems: FieldProblem[] };
}

// Labels only: the choices of a drop-down do not change how an entry is checked.
const noChoices = { referenceOptions: () => [] };

/** One save check per Decap collection, from the same schemas and field lists as config.yml. */
function saveChecks(ids: MdxIds): Map<string, SaveCheck> {
  const checks = new Map<string, SaveCheck>();
  for (const spec of editorCollections) {
    const mdx = spec.source.kind === 'markdown-folder' ? spec.source.mdx : undefined;
    for (const decap of decapCollections(spec, noChoices)) {
      const files = decap.files as { fields: DecapField[] }[] | undefined;
      const fields = files ? (files[0]?.fields ?? []) : (decap.fields as DecapField[]);
      // A YAML list file (the glossary, contacts) is checked as the list of entries its loader reads.
      const isList = fields.some((field) => field.name === listFieldName);
      const schema = isList ? z.object({ [listFieldName]: z.array(spec.schema) }) : spec.schema;
      const rules = mdx && decap.extension === 'mdx' ? { ...ids, components: mdx.components } : undefined;
      checks.set(String(decap.name), {
        fields,
        check(data, file) {
          const { body, ...frontMatter } = data;
          const cleaned = withoutBlankOptionalFields(frontMatter, fields);
          const problems = checkEntry(schema, cleaned, fields);
          // An .mdx body is code as well as text: what would stop the build stops the save.
          if (rules && typeof body === 'string')
            for (const message of mdxBodyProblems(body, rules, file))
              problems.push({ path: ['body'], label: 'Body', message });
          return { data: body === undefined ? cleaned : { ...cleaned, body }, problems };
        },
      });
    }
  }
  return checks;
}

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null;

/** Decap needs its own (Immutable) data back: applies the cleaning as deletions and nulls on it. */
function applyCleaning(
  data: ImmutableLike,
  before: Plain,
  after: Plain,
  path: (string | number)[] = [],
): ImmutableLike {
  let result = data;
  for (const key of Object.keys(before)) {
    const at = [...path, Array.isArray(before) ? Number(key) : key];
    const [was, now] = [before[key], after[key]];
    if (!(key in after)) result = result.deleteIn(at);
    else if (now === null && was !== null) result = result.setIn(at, null);
    else if (isObject(was) && isObject(now)) result = applyCleaning(result, was, now, at);
  }
  return result;
}

/**
 * Before Decap saves, runs the build's own schema checks on the entry. If any fail, nothing is saved
 * and the editor sees the schema's messages; if all pass, blank optional fields are left out of the file.
 */
export function checkOnSave(cms: DecapCms, ids: MdxIds): void {
  const checks = saveChecks(ids);
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const check = checks.get(String(entry.get('collection')));
      if (!check) return undefined;
      const immutable = entry.get('data') as ImmutableLike;
      const data = immutable.toJS() as Plain;
      const file = String(entry.get('path') || `a new ${String(entry.get('collection'))} entry`);
      const { data: cleaned, problems } = check.check(data, file);
      showProblems(problems);
      if (problems.length > 0) {
        // Decap shows this in its "Failed to persist entry" message, and does not save.
        throw new Error(problems.map((problem) => `${problem.label}: ${problem.message}`).join('\n'));
      }
      return applyCleaning(immutable, data, cleaned);
    },
  });
}
