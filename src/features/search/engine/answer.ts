/**
 * The whole answer to a search as plain data, what the worker sends to the page: counts and facets
 * over every hit, and one page of results with titles, snippets and highlights. Only the articles
 * on that page need their text, which `loadText` fetches (from the issue files).
 */
import { fold, indexedText, searchFieldsOf, type SearchableArticle, type SearchDocFields } from '../../../schema/search';
import type { PersonEntry } from '../../../schema/search-data';
import { matchRanges, type QueryTerm } from '../../../schema/search-query';
import { dateOf, issueIdOf, lengthOf, type DocTable, type RefTable } from './doc-table';
import type { Hit } from './hits';
import { applyFilters, facetsOf, pageOfHits, type Facets, type SearchFilters, type SortOrder } from './results';
import { markedTitle, matchedSpellings, snippetsOf, textHit, type Marked, type TextHit } from './snippets';
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

/**
 * A hit whose text could not be read (its issue file is missing, damaged or newer than the index):
 * shown by what the index knows, with the reason, while the count and the other results stand.
 */
export interface UnreadableResult {
  issueId: string;
  date: string;
  unreadable: string;
}

export type ResultRow = ResultView | UnreadableResult;
export const isReadable = (row: ResultRow): row is ResultView => !('unreadable' in row);

export interface SearchAnswer {
  total: number;
  /** Results before filters, to tell the reader what removing them would give. */
  unfilteredTotal: number;
  page: number;
  pages: number;
  results: ResultRow[];
  facets: Facets;
  /** The facets are still being counted (a first screenful sent ahead): keep showing the ones before. */
  facetsPending?: boolean;
  suggestions: PersonEntry[];
}

export interface AnswerRequest {
  terms: QueryTerm[];
  q: string;
  filters: SearchFilters;
  sort: SortOrder;
  page: number;
}

/**
 * An article's id and searchable fields, given its issue and its place among the issue's articles.
 * Return the same fields object for the same article (see `fieldsOfArticle`), so work on it is kept.
 */
export type TextLoader = ((issueId: string, articleIndex: number) => Promise<{ articleId: string; fields: SearchDocFields }>) & {
  /** Drops what is kept of the issue, whose text failed to load or disagrees with the index: the next try fetches it afresh. */
  forget?: (issueId: string) => void;
};

const fieldsCache = new WeakMap<SearchableArticle, SearchDocFields>();
/** The article's searchable fields, the same object each time for the same article. */
export function fieldsOfArticle(article: SearchableArticle): SearchDocFields {
  let fields = fieldsCache.get(article);
  if (!fields) fieldsCache.set(article, (fields = searchFieldsOf(article)));
  return fields;
}

export class StaleIndexError extends Error {
  constructor(issueId: string) {
    super(`检索索引与报纸数据不一致（${issueId}），请重新构建数据`);
    this.name = 'StaleIndexError';
  }
}

// Folding a page's articles again for every keystroke would be wasted: loaders return the same
// fields object for the same article, so its folded text is kept with it.
const textHits = new WeakMap<SearchDocFields, TextHit>();

async function view(table: DocTable, hit: Hit, terms: QueryTerm[], loadText: TextLoader): Promise<ResultView> {
  const issueId = issueIdOf(table, hit.doc);
  const { articleId, fields } = await loadText(issueId, table.articleIndex[hit.doc]!);
  let text = textHits.get(fields);
  if (!text) textHits.set(fields, (text = textHit(fields)));
  // Highlights are computed on this text: it must be the text the index was built from.
  if (indexedText(fields, text.folded).text.length !== lengthOf(table, hit.doc)) throw new StaleIndexError(issueId);
  return {
    issueId,
    articleId,
    date: dateOf(table, hit.doc),
    ...(fields.kicker ? { kicker: fields.kicker } : {}),
    title: markedTitle(text, terms),
    snippets: snippetsOf(text, terms),
    names: fields.names.map((name) => ({ text: name, ranges: matchRanges(fold(name), terms) })),
    highlight: matchedSpellings(text, terms),
  };
}

const NO_FACETS: Facets = { years: [], people: [], places: [], bylines: [] };

/**
 * The answer without its page of results: counts, suggestions, and the hits to show. The facets are
 * left for later (facetsPending): they need the table's refs, and counting them over tens of
 * thousands of hits must not hold back the first results. A filter by person, place or byline needs
 * a RefTable (filtersNeedRefs).
 */
export function summarize(table: DocTable | RefTable, hits: Hit[], request: AnswerRequest, people: PersonEntry[]): { answer: SearchAnswer; items: Hit[] } {
  const filtered = applyFilters(table, hits, request.filters);
  const { items, page, pages } = pageOfHits(filtered, request.sort, request.page);
  const answer: SearchAnswer = {
    total: filtered.length,
    unfilteredTotal: hits.length,
    page,
    pages,
    results: [],
    facets: NO_FACETS,
    facetsPending: true,
    suggestions: pinyinSuggestions(request.q, people),
  };
  return { answer, items };
}

/**
 * The page's results, each a promise of its view (its text may have to be fetched first). One that
 * cannot be read is marked as such: one bad issue file must not hide the results of the others.
 */
export function resultViews(table: DocTable, items: Hit[], terms: QueryTerm[], loadText: TextLoader): Promise<ResultRow>[] {
  return items.map((hit) =>
    view(table, hit, terms, loadText).catch((error: unknown) => {
      const issueId = issueIdOf(table, hit.doc);
      loadText.forget?.(issueId);
      return { issueId, date: dateOf(table, hit.doc), unreadable: error instanceof Error ? error.message : String(error) };
    }),
  );
}

/** `answer` (from summarize) with its facets counted over every hit: no longer pending. */
export function withFacets(answer: SearchAnswer, table: RefTable, hits: Hit[], filters: SearchFilters): SearchAnswer {
  const { facetsPending: _, ...counted } = { ...answer, facets: facetsOf(table, hits, filters) };
  return counted;
}

/** Filters, counts, sorts and pages the hits; renders only the requested page. */
export async function answer(table: RefTable, hits: Hit[], request: AnswerRequest, people: PersonEntry[], loadText: TextLoader): Promise<SearchAnswer> {
  const { answer, items } = summarize(table, hits, request, people);
  return { ...withFacets(answer, table, hits, request.filters), results: await Promise.all(resultViews(table, items, request.terms, loadText)) };
}
