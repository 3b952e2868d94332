/** Filters, facet counts, sorting and paging over the hits of every loaded shard. Pure. */
import type { Hit } from './search-shard';

export interface SearchFilters {
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** Entity ids from the articles' mentions. */
  person?: string;
  place?: string;
  /** A byline name. */
  by?: string;
}
export type FilterKey = keyof SearchFilters;
export type SortOrder = 'relevance' | 'date';

export interface Facet {
  key: string;
  label: string;
  count: number;
}
export interface Facets {
  years: Facet[];
  people: Facet[];
  places: Facet[];
  bylines: Facet[];
}

const tests: Record<FilterKey, (hit: Hit, value: string) => boolean> = {
  from: (hit, v) => hit.doc.date >= v,
  to: (hit, v) => hit.doc.date <= v,
  person: (hit, v) => hit.doc.people.some(([id]) => id === v),
  place: (hit, v) => hit.doc.places.some(([id]) => id === v),
  by: (hit, v) => hit.doc.names.includes(v),
};

/** Hits that pass every filter except those in `ignore` (facet counts ignore their own filter). */
export function applyFilters(hits: Hit[], filters: SearchFilters, ignore: FilterKey[] = []): Hit[] {
  const active = (Object.keys(tests) as FilterKey[]).filter((k) => filters[k] && !ignore.includes(k));
  return active.length ? hits.filter((hit) => active.every((k) => tests[k](hit, filters[k]!))) : hits;
}

function count(hits: Hit[], keysOf: (hit: Hit) => [string, string][]): Facet[] {
  const facets = new Map<string, Facet>();
  for (const hit of hits) {
    for (const [key, label] of keysOf(hit)) {
      const facet = facets.get(key) ?? { key, label, count: 0 };
      facet.count++;
      facets.set(key, facet);
    }
  }
  return [...facets.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Counts per year, person, place and byline name; each dimension counted under the other filters. */
export function facetsOf(hits: Hit[], filters: SearchFilters): Facets {
  const year = (hit: Hit): [string, string][] => [[hit.doc.date.slice(0, 4), hit.doc.date.slice(0, 4)]];
  return {
    years: count(applyFilters(hits, filters, ['from', 'to']), year).sort((a, b) => b.key.localeCompare(a.key)),
    people: count(applyFilters(hits, filters, ['person']), (h) => h.doc.people),
    places: count(applyFilters(hits, filters, ['place']), (h) => h.doc.places),
    bylines: count(applyFilters(hits, filters, ['by']), (h) => h.doc.names.map((n) => [n, n])),
  };
}

/** Relevance: score, then newer first; date: newest first, then score. */
export function sortHits(hits: Hit[], order: SortOrder): Hit[] {
  const byDate = (a: Hit, b: Hit) => b.doc.date.localeCompare(a.doc.date) || b.doc.issueId.localeCompare(a.doc.issueId);
  return [...hits].sort(order === 'date' ? (a, b) => byDate(a, b) || b.score - a.score : (a, b) => b.score - a.score || byDate(a, b));
}

export const PAGE_SIZE = 20;

/** One page of sorted hits (1-based), clamped to the pages there are. */
export function pageOf<T>(items: T[], page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), page: current, pages };
}
