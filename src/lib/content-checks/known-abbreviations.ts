import { parse as parseYaml } from 'yaml';

/** Every short form the glossary defines: its abbreviations, and each word in capitals in its terms and "other words" ("EHC" from "EHC plan"). */
export function knownAbbreviations(glossaryYaml: string): Set<string> {
  const entries: unknown = parseYaml(glossaryYaml);
  const known = new Set<string>();
  if (!Array.isArray(entries)) return known;
  for (const entry of entries as Array<{ term?: unknown; abbreviation?: unknown; otherWords?: unknown }>) {
    if (typeof entry.abbreviation === 'string') known.add(entry.abbreviation);
    const phrases = [entry.term, ...(Array.isArray(entry.otherWords) ? entry.otherWords : [])].filter(
      (p): p is string => typeof p === 'string',
    );
    for (const word of phrases.flatMap((phrase) => phrase.split(/[\s/(),]+/))) {
      if ((word.match(/[A-Z]/g) ?? []).length >= 2) known.add(word);
    }
  }
  return known;
}
