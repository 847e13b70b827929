import type { AreaStatus } from '../schemas/statement.ts';
import { formatMonthYear } from './dates.ts';

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

/**
 * When a status was true, in words: the update's `dateLabel` when the day is not known ("By January 2021"),
 * otherwise its month and year ("January 2021"). A status is what one source said on one date, never "now".
 */
export function statusAsOf(update: { data: { date: Date; dateLabel?: string | undefined } }): string {
  return update.data.dateLabel ?? formatMonthYear(update.data.date);
}

/** Each area's latest status with its date, or undefined where no update gives one (then no status is shown). */
export function latestStatuses<T extends ProgressLike & { data: { dateLabel?: string | undefined } }>(
  updates: readonly T[],
  areaIds: readonly string[],
): Map<string, { status: AreaStatus; asOf: string; update: T } | undefined> {
  return new Map(
    areaIds.map((areaId) => {
      const latest = latestStatus(updates, areaId);
      return [areaId, latest && { ...latest, asOf: statusAsOf(latest.update) }];
    }),
  );
}

/** The newest update that says anything about an area, with what it says. */
export function latestReport<T extends ProgressLike>(updates: readonly T[], areaId: string) {
  const update = updatesForArea(updates, areaId)[0];
  const report = update && reportOn(update, areaId);
  return update && report ? { update, report } : undefined;
}
