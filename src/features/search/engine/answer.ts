/**
 * The whole answer to a search over the shards loaded so far, as plain data: what the worker sends
 * to the page (counts, facets, one page of results with their highlights). Pure.
 */
import { fold } from '../../../schema/search';
import type { PersonEntry } from '../../../schema/search-data';
import { matchRanges, type QueryTerm } from '../../../schema/search-query';
import { applyFilters, facetsOf, pageOf, sortHits, type Facets, type SearchFilters, type SortOrder } from './results';
import { searchShard, type Hit } from './search-shard';
import type { LoadedShard } from './shard';
import { markedTitle, matchedSpellings, snippetsOf, type Marked } from './snippets';
import { pinyinSuggestions } from './suggest';

export interface ResultView {
  issueId: string;
  articleId: string;
  date: string;
  kicker?: string;
  title: Marked;
  snippets: Marked[];
  names: Marked[];
  /** The matched words as printed, for ?hl= on the article link. */
  highlight: string[];
}

export interface SearchAnswer {
  total: number;
  /** Results before filters, to tell the reader what removing them would give. */
  unfilteredTotal: number;
  page: number;
  pages: number;
  results: ResultView[];
  facets: Facets;
  suggestions: PersonEntry[];
}

export interface AnswerRequest {
  terms: QueryTerm[];
  q: string;
  filters: SearchFilters;
  sort: SortOrder;
  page: number;
}

// Each shard's hits for the last query it answered: when an older month arrives, newer ones are not redone.
const lastAnswer = new WeakMap<LoadedShard, { key: string; hits: Hit[] }>();
function hitsOf(shard: LoadedShard, terms: QueryTerm[]): Hit[] {
  const key = JSON.stringify(terms.map((t) => t.text));
  const cached = lastAnswer.get(shard);
  if (cached?.key === key) return cached.hits;
  const hits = searchShard(shard, terms);
  lastAnswer.set(shard, { key, hits });
  return hits;
}

function view(hit: Hit, terms: QueryTerm[]): ResultView {
  const { doc } = hit;
  return {
    issueId: doc.issueId,
    articleId: doc.articleId,
    date: doc.date,
    ...(doc.kicker ? { kicker: doc.kicker } : {}),
    title: markedTitle(hit, terms),
    snippets: snippetsOf(hit, terms),
    names: doc.names.map((name) => ({ text: name, ranges: matchRanges(fold(name), terms) })),
    highlight: matchedSpellings(hit, terms),
  };
}

/** Answers the request from these shards (newest first); only the requested page is rendered. */
export function answer(shards: LoadedShard[], request: AnswerRequest, people: PersonEntry[]): SearchAnswer {
  const all = shards.flatMap((shard) => hitsOf(shard, request.terms));
  const filtered = sortHits(applyFilters(all, request.filters), request.sort);
  const { items, page, pages } = pageOf(filtered, request.page);
  return {
    total: filtered.length,
    unfilteredTotal: all.length,
    page,
    pages,
    results: items.map((hit) => view(hit, request.terms)),
    facets: facetsOf(all, request.filters),
    suggestions: pinyinSuggestions(request.q, people),
  };
}
