/** The search page's elements, marked with data-app-search-* attributes, and its filter controls. */
import { filterCount, readSearchState, type SearchState } from '../lib/search/search-state.ts';

/** The parts of the search page the script works with. */
export interface SearchPage {
  root: HTMLElement;
  input: HTMLInputElement;
  queryForm: HTMLFormElement;
  filters: HTMLFormElement;
  results: HTMLElement;
  status: HTMLElement;
  notes: HTMLElement;
  /** What the site covers and where to get help, shown when a search finds nothing. */
  help: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  clear: HTMLButtonElement;
  toggle: HTMLDetailsElement;
  fallback: HTMLElement;
  failed: HTMLElement;
}

function find<T extends HTMLElement>(root: ParentNode, name: string): T {
  const found = root.querySelector<T>(`[data-app-search-${name}]`);
  if (!found)
    throw new Error(`The search page has no [data-app-search-${name}] element: check src/pages/search.astro.`);
  return found;
}

/** Finds the search page's parts inside `root`, failing with a message that says where to look. */
export function findPage(root: HTMLElement): SearchPage {
  const input = find<HTMLInputElement>(root, 'input');
  const queryForm = input.form;
  if (!queryForm)
    throw new Error('The search box on the search page is not in a form: check src/components/SearchForm.astro.');
  return {
    root,
    input,
    queryForm,
    filters: find(root, 'filters'),
    results: find(root, 'results'),
    status: find(root, 'status'),
    notes: find(root, 'notes'),
    help: find(root, 'help'),
    list: find(root, 'list'),
    more: find(root, 'more'),
    clear: find(root, 'clear'),
    toggle: find(root, 'filters-toggle'),
    fallback: find(root, 'fallback'),
    failed: find(root, 'failed'),
  };
}

/** Sets the filter controls to match the state (from the address, or after "Clear filters"). */
export function showState(page: SearchPage, state: SearchState): void {
  for (const field of page.filters.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    if (field instanceof HTMLSelectElement) field.value = state.years[0] ?? '';
    else if (field.type === 'hidden') field.value = state.q;
    else if (field.type === 'radio') field.checked = field.value === state.sort;
    else if (field.type === 'checkbox')
      field.checked = (field.name === 'type' ? state.types : state.areas).includes(field.value);
  }
  page.clear.hidden = filterCount(state) === 0;
}

/** The state the filter controls describe, for the query already searched. */
export function stateFromFilters(page: SearchPage, q: string): SearchState {
  const fields = [...new FormData(page.filters)].filter(
    (pair): pair is [string, string] => typeof pair[1] === 'string',
  );
  return { ...readSearchState(new URLSearchParams(fields)), q };
}
