/** A letter of the alphabet and the items filed under it. */
export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Files items under the first letter of their name (digits under "0–9"), in A to Z order. */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en-GB', { sensitivity: 'base' }));
  for (const item of sorted) {
    const first = nameOf(item).trim().charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '0–9';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()].map(([letter, grouped]) => ({ letter, items: grouped }));
}
