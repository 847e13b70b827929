import type { PagefindResultData, PagefindSubResult } from './pagefind-api.ts';

/** What one search result shows: a link, what kind of page it is, its date and the matching words in context. */
export interface ResultView {
  url: string;
  title: string;
  /** The content type as families read it, such as "Progress update". */
  typeLabel: string;
  /** YYYY-MM-DD, for `<time datetime>`; absent for undated pages such as the glossary. */
  date?: string | undefined;
  /** The date as shown, such as "13 February 2019" or "Spring 2019". */
  dateText?: string | undefined;
  /** HTML from Pagefind: text is escaped and the matched words are wrapped in `<mark>`. */
  excerptHtml: string;
}

/** How strongly a section matched: Pagefind's score for each matching word in it, added up. */
function sectionScore(section: PagefindSubResult): number {
  return section.weighted_locations.reduce((total, location) => total + location.balanced_score, 0);
}

/** The glossary term a result should open at: a term the query named, else the term with the strongest match. */
function glossarySection(data: PagefindResultData, namedEntries: readonly string[]): PagefindSubResult | undefined {
  const terms = data.sub_results.filter((section) => section.anchor?.element === 'h3');
  const named = namedEntries.map((id) => terms.find((section) => section.anchor?.id === id)).find(Boolean);
  return named ?? [...terms].sort((a, b) => sectionScore(b) - sectionScore(a))[0];
}

/**
 * Turns a result's data into what the page shows. The glossary is one page of many terms, so a
 * glossary result links to the term that matched (/glossary/#ehc-plan) under that term's name.
 */
export function resultView(data: PagefindResultData, namedEntries: readonly string[] = []): ResultView {
  const base = { typeLabel: data.meta['type'] ?? 'Page', date: data.meta['date'], dateText: data.meta['date_text'] };
  const section = data.filters['type']?.includes('glossary') ? glossarySection(data, namedEntries) : undefined;
  if (section) return { ...base, url: section.url, title: section.title, excerptHtml: section.excerpt };
  return { ...base, url: data.url, title: data.meta['title'] ?? data.url, excerptHtml: data.excerpt };
}
