/** One place that builds every internal address, so links and routes cannot drift apart. */
export const paths = {
  home: () => '/',
  statement: () => '/statement/',
  priorityArea: (id: string) => `/statement/${id}/`,
  progressList: () => '/progress/',
  progressForArea: (areaId: string) => `/progress/area/${areaId}/`,
  progressUpdate: (id: string) => `/progress/${id}/`,
  impactReports: () => '/impact-reports/',
  impactReport: (id: string) => `/impact-reports/${id}/`,
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${id}`,
  page: (id: string) => `/${id}/`,
  search: () => '/search/',
  feed: () => '/feed.xml',
  howWeAreDoing: () => '/how-we-are-doing/',
  measures: () => '/measures/',
  measure: (id: string) => `/measures/${id}/`,
  /** A measure's figures as a CSV download. A file name, so no trailing slash. */
  measureCsv: (id: string) => `/measures/${id}.csv`,
} as const;

/** Turns a site path into a full address on the published site. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).toString();
}
