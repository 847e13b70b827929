import { parse as parseYaml } from 'yaml';
import { knownShortForms, type GlossaryEntryLike } from '../abbreviation-rule.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The short forms content/glossary.yaml explains, by the one abbreviation rule (drafts never count). */
export function knownAbbreviations(glossaryYaml: string): Set<string> {
  const entries: unknown = parseYaml(glossaryYaml);
  if (!Array.isArray(entries)) return new Set();
  // The build runs this before the schemas are checked: a malformed field is skipped here and reported by the schema.
  return knownShortForms(
    entries.map((entry: Record<string, unknown> | null): GlossaryEntryLike => ({
      id: text(entry?.['id']) ?? '',
      term: text(entry?.['term']) ?? '',
      abbreviation: text(entry?.['abbreviation']),
      otherWords: Array.isArray(entry?.['otherWords'])
        ? entry['otherWords'].filter((word) => typeof word === 'string')
        : [],
      draft: entry?.['draft'] === true,
    })),
  );
}
