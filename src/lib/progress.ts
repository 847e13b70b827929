import type { AreaStatus } from '../schemas/statement.ts';

/** The parts of a progress update that ordering and status need. */
export interface ProgressLike {
  id: string;
  data: {
    date: Date;
    areas: ReadonlyArray<{ area: { id: string }; status?: AreaStatus | undefined; note?: string | undefined }>;
  };
}

/** Updates newest first; on the same date, by id so the order never changes between builds. */
export function newestFirst<T extends ProgressLike>(updates: readonly T[]): T[] {
  return [...updates].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** Updates that report on one priority area, newest first. */
export function updatesForArea<T extends ProgressLike>(updates: readonly T[], areaId: string): T[] {
  return newestFirst(updates.filter((update) => update.data.areas.some((report) => report.area.id === areaId)));
}

/** What an update says about one area, if it mentions it. */
export function reportOn(update: ProgressLike, areaId: string) {
  return update.data.areas.find((report) => report.area.id === areaId);
}

/** The latest status an update gave an area, with the update that gave it. */
export function latestStatus<T extends ProgressLike>(updates: readonly T[], areaId: string) {
  for (const update of updatesForArea(updates, areaId)) {
    const status = reportOn(update, areaId)?.status;
    if (status) return { status, update };
  }
  return undefined;
}

/** Words and GOV.UK tag colours for each status. Colour is never the only signal: the word is shown. */
export const statusDisplay: Record<AreaStatus, { label: string; tagClass: string }> = {
  'not-started': { label: 'Not started', tagClass: 'govuk-tag--grey' },
  'in-progress': { label: 'In progress', tagClass: 'govuk-tag--blue' },
  done: { label: 'Done', tagClass: 'govuk-tag--green' },
  delayed: { label: 'Delayed', tagClass: 'govuk-tag--red' },
};

/** A status an update gave an area, with the update that gave it. */
export interface GivenStatus<T extends ProgressLike> {
  status: AreaStatus;
  update: T;
}

/** The latest status an area was given and the one given by the update before, to say what changed. */
export function statusChange<T extends ProgressLike>(
  updates: readonly T[],
  areaId: string,
): { latest: GivenStatus<T>; previous?: GivenStatus<T> | undefined } | undefined {
  const given = updatesForArea(updates, areaId).flatMap((update) => {
    const status = reportOn(update, areaId)?.status;
    return status ? [{ status, update }] : [];
  });
  const [latest, previous] = given;
  return latest && { latest, previous };
}

/** What changed since the update before, in words: "Changed from done to in progress." */
export function describeStatusChange(change: {
  latest: { status: AreaStatus };
  previous?: { status: AreaStatus } | undefined;
}): string {
  // Lower case because the labels sit mid-sentence here, not in a tag.
  const now = statusDisplay[change.latest.status].label.toLowerCase();
  if (!change.previous) return `No update before it gave a status. This is the first: ${now}.`;
  const before = statusDisplay[change.previous.status].label.toLowerCase();
  return before === now ? `No change: still ${now}.` : `Changed from ${before} to ${now}.`;
}

/** The newest update that says anything about an area, with what it says. */
export function latestReport<T extends ProgressLike>(updates: readonly T[], areaId: string) {
  const update = updatesForArea(updates, areaId)[0];
  const report = update && reportOn(update, areaId);
  return update && report ? { update, report } : undefined;
}
