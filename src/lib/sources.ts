/** A source as the page shows it: the fields every source list needs. */
export interface SourceLike {
  name: string;
  url?: string | undefined;
  date?: Date | undefined;
}

/**
 * One list of sources for a page from several lists (the page's own, then each figure's), in order,
 * with each source once: a page says where its facts come from in one place, not beside every figure.
 */
export function mergeSources<T extends SourceLike>(...lists: ReadonlyArray<readonly T[]>): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const source of lists.flat()) {
    const key = JSON.stringify([source.name, source.url ?? '', source.date?.toISOString() ?? '']);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(source);
  }
  return merged;
}
