/** Messages between the search page and the search worker. */
import type { SearchAnswer } from '../engine/answer';
import type { SearchState } from '../url-state';
import type { QueryTerm } from '../../../schema/search-query';

export interface SearchRequest {
  /** Increases with every request; answers to older ones are ignored. */
  id: number;
  state: SearchState;
}

/** 'partial': the first results of the current query are in; the rest of the page is on its way. */
export type SearchStatus = 'idle' | 'loading' | 'partial' | 'done' | 'error';

export interface SearchResponse {
  id: number;
  status: SearchStatus;
  terms: QueryTerm[];
  /** What failed, in words the reader can pass on. */
  error?: string;
  answer?: SearchAnswer;
}
