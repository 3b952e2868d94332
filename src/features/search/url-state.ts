/** The search page's state lives in its URL (/search?q=…&from=…&sort=date&page=2): read and write it. */
import type { SearchFilters, SortOrder } from './engine/results';
import { MAX_QUERY_LENGTH } from './query-length';

export interface SearchState {
  q: string;
  filters: SearchFilters;
  sort: SortOrder;
  page: number;
}

export { MAX_QUERY_LENGTH };

/** The query cut to MAX_QUERY_LENGTH, never through a character outside the BMP (two UTF-16 units). */
export function capQuery(q: string): string {
  if (q.length <= MAX_QUERY_LENGTH) return q;
  const cut = q.slice(0, MAX_QUERY_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const FILTER_KEYS = ['from', 'to', 'person', 'place', 'by'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A search with no words but a person, place or byline filter lists every article with it (an
 * entity page's "all its articles" link): what the entity page counts, aliases included.
 */
export function browsesByFilter(state: Pick<SearchState, 'q' | 'filters'>): boolean {
  return !state.q.trim() && Boolean(state.filters.person || state.filters.place || state.filters.by);
}

/** Reads the state, ignoring malformed values rather than failing on a hand-edited URL. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value || ((key === 'from' || key === 'to') && !ISO.test(value))) continue;
    filters[key] = value;
  }
  const page = Number(params.get('page'));
  return {
    q: capQuery(params.get('q') ?? ''),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for a state, leaving out defaults so URLs stay short and shareable. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.page > 1) params.set('page', String(state.page));
  return params.toString();
}

/** The state after a change; any change but paging starts again at page 1. */
export function changed(state: SearchState, change: Partial<Omit<SearchState, 'filters'>> & { filters?: SearchFilters }): SearchState {
  return { ...state, page: 1, ...change, filters: change.filters ?? state.filters };
}
