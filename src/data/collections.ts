import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { inOrder, measuresForArea } from '../lib/charts/measure.ts';
import { byOrder } from '../lib/improvements.ts';
import { newestFirst } from '../lib/progress.ts';

/** Drafts show while editors preview with `npm run dev` and never in a production build. */
const includeDrafts = import.meta.env.DEV;
const isPublishable = (entry: { data: { draft: boolean } }) => includeDrafts || !entry.data.draft;

/** The collections whose schema has a `draft` field: a new one with `draft` joins them with no change here. */
type DraftableCollection = {
  [C in CollectionKey]: CollectionEntry<C>['data'] extends { draft: boolean } ? C : never;
}[CollectionKey];

/** Entries of a collection that belong on the site being built. */
export async function publishable<C extends DraftableCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  return (await getCollection(collection)).filter(isPublishable);
}

export type PriorityArea = CollectionEntry<'statement'> & { data: { type: 'priority-area' } };
export type StatementOverview = CollectionEntry<'statement'> & { data: { type: 'overview' } };

const isPriorityArea = (entry: CollectionEntry<'statement'>): entry is PriorityArea =>
  entry.data.type === 'priority-area';
const isOverview = (entry: CollectionEntry<'statement'>): entry is StatementOverview => entry.data.type === 'overview';

/** The priority areas in the order the statement gives them. */
export async function priorityAreas(): Promise<PriorityArea[]> {
  return (await publishable('statement')).filter(isPriorityArea).sort((a, b) => a.data.order - b.data.order);
}

/** The statement overview. The build fails if there is not exactly one. */
export async function statementOverview(): Promise<StatementOverview> {
  const overviews = (await publishable('statement')).filter(isOverview);
  if (overviews.length !== 1) {
    throw new Error(
      `content/statement must have exactly one file with "type: overview", but it has ${overviews.length}. Keep one overview and give the others "type: priority-area".`,
    );
  }
  return overviews[0] as StatementOverview;
}

/** Progress updates, newest first. */
export async function progressUpdates() {
  return newestFirst(await publishable('progress'));
}

/** Impact reports, newest academic year first. */
export async function impactReports() {
  return (await publishable('impact-reports')).sort((a, b) => b.data.academicYear.localeCompare(a.data.academicYear));
}

/** Glossary terms in A to Z order. */
export async function glossaryTerms() {
  return (await publishable('glossary')).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'en-GB', { sensitivity: 'base' }),
  );
}

/** Standing pages such as the privacy notice, by title. */
export async function standingPages() {
  return (await publishable('pages')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}

/** "Where things stand now" for the home page, or undefined while content/where-things-stand.md does not exist. */
export async function whereThingsStand() {
  const entries = await getCollection('now');
  if (entries.length > 1) {
    throw new Error(
      `content/where-things-stand.md must be the only entry in the "now" collection, but there are ${entries.length}: ${entries.map((entry) => entry.id).join(', ')}.`,
    );
  }
  return entries[0];
}

/** The 2024 inspection's areas for improvement, in the report's order. */
export async function inspectionImprovements() {
  return byOrder(await getCollection('improvements'));
}

/** Every route to help in content/contacts.yaml. */
export async function contactRoutes() {
  return getCollection('contacts');
}

/** The official figures (content/measures) in their set order. They are published data, so they have no drafts. */
export async function measures() {
  return inOrder(await getCollection('measures'));
}

/** The official figures that track one priority area, in their set order. */
export async function measuresOfArea(areaId: string) {
  return measuresForArea(await getCollection('measures'), areaId);
}
