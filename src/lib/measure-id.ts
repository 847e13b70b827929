/** Thrown at build when a page's `<Measure id="…" />` names no measure: the message tells the editor what to write. */
export class UnknownMeasureError extends Error {
  constructor(id: unknown, knownIds: readonly string[]) {
    super(
      `<Measure id=${JSON.stringify(id)} /> names no official figures. Use the file name of one of content/measures ` +
        `without .yaml, one of: ${[...knownIds].sort().join(', ')}. For example: <Measure id="${[...knownIds].sort()[0] ?? 'ehc-plans-within-20-weeks'}" />`,
    );
    this.name = 'UnknownMeasureError';
  }
}

/** The measure id a `<Measure>` was given, checked against the measures there are. */
export function checkMeasureId(id: unknown, knownIds: readonly string[]): string {
  if (typeof id === 'string' && knownIds.includes(id)) return id;
  throw new UnknownMeasureError(id, knownIds);
}
