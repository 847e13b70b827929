/**
 * Builds the search page's results in GOV.UK Frontend markup. Text goes in as text; only
 * Pagefind's excerpts go in as HTML, because Pagefind escapes the page text and adds `<mark>`.
 */
import type { Suggestion } from '../lib/search/did-you-mean.ts';
import type { ResultView } from '../lib/search/result-view.ts';
import { filterCount, writeSearchState, type SearchState } from '../lib/search/search-state.ts';

/** An element with classes and text. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The search page's address for a state, for links that search again. This script runs only on
 * the search page, so it takes the page's own path rather than importing src/lib/urls.ts, which
 * the feedback code shares and the bundler would then split into a file of its own to fetch.
 */
export function searchHref(state: SearchState): string {
  const query = writeSearchState(state).toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

/** One result: its title as a link, its type and date, and the matching words in context. */
export function resultItem(view: ResultView): HTMLLIElement {
  const item = element('li', 'app-search-result');
  const heading = element('h3', 'govuk-heading-s app-search-result__title');
  const link = element('a', 'govuk-link', view.title);
  link.href = view.url;
  heading.append(link);
  const meta = element('p', 'govuk-body-s app-search-result__meta', view.typeLabel);
  if (view.dateText) {
    const time = element('time', '', view.dateText);
    if (view.date) time.dateTime = view.date;
    meta.append(element('span', 'app-search-result__separator', ' · '), time);
  }
  const excerpt = element('p', 'govuk-body app-search-result__excerpt');
  excerpt.innerHTML = view.excerptHtml;
  item.append(heading, meta, excerpt);
  return item;
}

/** "3 results for ‘EHCP’", saying how many filters narrowed it, for the live region and the page. */
export function resultSummary(count: number, state: SearchState): string {
  const filters = filterCount(state);
  const found = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  const narrowed = filters === 0 ? '' : ` with ${filters} ${filters === 1 ? 'filter' : 'filters'}`;
  return `${found} for ‘${state.q}’${narrowed}`;
}

/** "Did you mean tribunal (SEND Tribunal)?", each suggestion a link that searches for it. */
export function suggestionsParagraph(suggestions: readonly Suggestion[], state: SearchState): HTMLParagraphElement {
  const paragraph = element('p', 'govuk-body app-search-suggestions', 'Did you mean ');
  suggestions.forEach((suggestion, index) => {
    if (index > 0) paragraph.append(index === suggestions.length - 1 ? ' or ' : ', ');
    const link = element('a', 'govuk-link', suggestion.text);
    link.href = searchHref({ ...state, q: suggestion.text });
    paragraph.append(link);
    if (suggestion.term && suggestion.term.toLowerCase() !== suggestion.text.toLowerCase())
      paragraph.append(` (${suggestion.term})`);
  });
  paragraph.append('?');
  return paragraph;
}

/** What to try when nothing was found, GOV.UK style; where to get help follows it (src/pages/search.astro). */
export function noResultsAdvice(state: SearchState): HTMLElement {
  const advice = element('div', 'app-search-advice');
  advice.append(element('p', 'govuk-body', 'Improve your search results by:'));
  const list = element('ul', 'govuk-list govuk-list--bullet');
  const tips = ['checking your spelling', 'using fewer words or other words for the same thing'];
  if (filterCount(state) > 0) tips.push('removing filters');
  for (const tip of tips) list.append(element('li', '', tip));
  advice.append(list);
  return advice;
}
