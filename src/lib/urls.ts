/** One place that builds every internal address, so links and routes cannot drift apart. */
export const paths = {
  home: () => '/',
  statement: () => '/statement/',
  priorityArea: (id: string) => `/statement/${id}/`,
  /** Page 1 of the list is /progress/; later pages are /progress/page/2/ and so on. */
  progressList: (page = 1) => (page === 1 ? '/progress/' : `/progress/page/${page}/`),
  progressForArea: (areaId: string, page = 1) =>
    page === 1 ? `/progress/area/${areaId}/` : `/progress/area/${areaId}/page/${page}/`,
  progressUpdate: (id: string) => `/progress/${id}/`,
  impactReports: () => '/impact-reports/',
  impactReport: (id: string) => `/impact-reports/${id}/`,
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${id}`,
  page: (id: string) => `/${id}/`,
  search: () => '/search/',
  /** The words search may suggest for a misspelling (src/pages/search/words.json.ts). */
  searchWords: () => '/search/words.json',
  feed: () => '/feed.xml',
  howWeAreDoing: () => '/how-we-are-doing/',
  measures: () => '/measures/',
  measure: (id: string) => `/measures/${id}/`,
  /** A measure's figures as a CSV download. A file name, so no trailing slash. */
  measureCsv: (id: string) => `/measures/${id}.csv`,
} as const;
