/**
 * Filters, facet counts, ordering and paging over every hit of a query, from the article table.
 * Pure. Written for tens of thousands of hits: counts go into typed arrays, and only the hits up to
 * the requested page are put in order.
 */
import type { RefKind } from '../../../schema/search-table';
import { dateOf, hasRefs, refIndexes, type DocTable, type RefTable } from './doc-table';
import type { Hit } from './hits';

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

const refKinds: Partial<Record<FilterKey, RefKind>> = { person: 'people', place: 'places', by: 'names' };

/** The table's index of an entity id (people, places) or byline name; -1 if no article has it. */
function refIndex(table: DocTable, kind: RefKind, value: string): number {
  return kind === 'names' ? table.entities.names.indexOf(value) : table.entities[kind].findIndex(([id]) => id === value);
}

/** Whether these filters need the articles' people, places or byline names (a RefTable). */
export const filtersNeedRefs = (filters: SearchFilters): boolean => !!(filters.person || filters.place || filters.by);

/**
 * Hits that pass every filter except those in `ignore` (facet counts ignore their own filter). A
 * filter by person, place or byline needs the table's refs (filtersNeedRefs).
 */
export function applyFilters(table: DocTable | RefTable, hits: Hit[], filters: SearchFilters, ignore: FilterKey[] = []): Hit[] {
  const active = (Object.keys(filters) as FilterKey[]).filter((k) => filters[k] && !ignore.includes(k));
  if (active.length === 0) return hits;
  const tests = active.map((key): ((doc: number) => boolean) => {
    const value = filters[key]!;
    if (key === 'from') return (doc) => dateOf(table, doc) >= value;
    if (key === 'to') return (doc) => dateOf(table, doc) <= value;
    // A programming error, not damage: the worker loads the refs first whenever filtersNeedRefs.
    if (!hasRefs(table)) throw new Error(`filtering by ${key} needs the article table's refs`);
    const kind = refKinds[key]!;
    const index = refIndex(table, kind, value);
    return (doc) => refIndexes(table, doc, kind).includes(index);
  });
  return hits.filter((hit) => tests.every((test) => test(hit.doc)));
}

function facetList(counts: Int32Array, label: (i: number) => [key: string, label: string]): Facet[] {
  const facets: Facet[] = [];
  counts.forEach((count, i) => {
    if (count > 0) {
      const [key, text] = label(i);
      facets.push({ key, label: text, count });
    }
  });
  return facets.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function countRefs(table: RefTable, hits: Hit[], kind: RefKind): Int32Array {
  const counts = new Int32Array(kind === 'names' ? table.entities.names.length : table.entities[kind].length);
  // Straight from the table's arrays: a view per hit (refIndexes) cost more than the counting at 30k hits.
  const { offsets, values } = table[kind];
  for (let h = 0; h < hits.length; h++) {
    const doc = hits[h]!.doc;
    for (let i = offsets[doc]!, end = offsets[doc + 1]!; i < end; i++) counts[values[i]!]!++;
  }
  return counts;
}

function yearFacets(table: DocTable, hits: Hit[]): Facet[] {
  // Counted per issue first: a year's string is then looked at once per issue, not once per hit.
  const perIssue = new Int32Array(table.issues.length);
  for (const hit of hits) perIssue[table.issueOf[hit.doc]!]!++;
  const byYear = new Map<string, number>();
  perIssue.forEach((count, i) => {
    if (count === 0) return;
    const year = table.issues[i]![1].slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + count);
  });
  return [...byYear].map(([year, count]) => ({ key: year, label: year, count })).sort((a, b) => b.key.localeCompare(a.key));
}

/** Counts per year, person, place and byline name; each dimension counted under the other filters. */
export function facetsOf(table: RefTable, hits: Hit[], filters: SearchFilters): Facets {
  const { entities } = table;
  const under = (ignore: FilterKey[]) => applyFilters(table, hits, filters, ignore);
  return {
    years: yearFacets(table, under(['from', 'to'])),
    people: facetList(countRefs(table, under(['person']), 'people'), (i) => entities.people[i]!),
    places: facetList(countRefs(table, under(['place']), 'places'), (i) => entities.places[i]!),
    bylines: facetList(countRefs(table, under(['by']), 'names'), (i) => [entities.names[i]!, entities.names[i]!]),
  };
}

// Article ids run from the newest issue to the oldest, so a smaller id is newer (or earlier in print).
const byRelevance = (a: Hit, b: Hit) => b.score - a.score || a.doc - b.doc;

/**
 * The first `limit` hits in order. By date that is the hits as found (article order); by relevance,
 * score then newer first, kept in a small sorted buffer instead of sorting every hit.
 */
export function topHits(hits: Hit[], order: SortOrder, limit: number): Hit[] {
  if (order === 'date') return hits.slice(0, limit);
  if (limit >= hits.length / 4) return [...hits].sort(byRelevance).slice(0, limit);
  const top: Hit[] = [];
  for (const hit of hits) {
    if (top.length === limit && byRelevance(hit, top[limit - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && byRelevance(hit, top[at - 1]!) < 0) at--;
    top.splice(at, 0, hit);
    if (top.length > limit) top.pop();
  }
  return top;
}

export const PAGE_SIZE = 20;

/** The page (1-based, clamped to the pages there are) and how many pages a count makes. */
export function pageBounds(total: number, page: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return { page: Math.min(Math.max(1, Math.floor(page) || 1), pages), pages };
}

/** One page of the hits in the requested order. */
export function pageOfHits(hits: Hit[], order: SortOrder, requested: number): { items: Hit[]; page: number; pages: number } {
  const { page, pages } = pageBounds(hits.length, requested);
  return { items: topHits(hits, order, page * PAGE_SIZE).slice((page - 1) * PAGE_SIZE), page, pages };
}
