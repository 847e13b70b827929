/** A link to a neighbour in a sequence of pages. */
export interface SequenceLink {
  href: string;
  title: string;
}

/** The previous and next items around `index` in an ordered list. */
export function neighbours<T>(items: readonly T[], index: number, toLink: (item: T) => SequenceLink) {
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 && index < items.length - 1 ? items[index + 1] : undefined;
  return {
    previous: previous === undefined ? undefined : toLink(previous),
    next: next === undefined ? undefined : toLink(next),
  };
}
