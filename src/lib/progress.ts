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
