import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchAnswer } from '../engine/answer';
import { browsesByFilter, type SearchState } from '../url-state';
import type { SearchErrorKind, SearchResponse, SearchStatus } from '../worker/protocol';
import type { QueryTerm } from '../../../schema/search-query';
import { onSearchResponse, sendSearch } from './search-client';

export { warmUpSearch } from './search-client';

/**
 * Starts a search before the search page is on screen (it is still loading when the reader types
 * from another page). Nobody waits for this answer: the page asks again for the same state once
 * it is shown, and the worker hands it the hits already found or on their way.
 */
export function searchAhead(state: SearchState): void {
  sendSearch(state);
}

export interface SearchResult {
  /** 'loading' until the first answer to the current query; earlier answers stay shown meanwhile. */
  status: SearchStatus;
  terms: QueryTerm[];
  error?: string;
  errorKind?: SearchErrorKind;
  retry: () => void;
  /** The latest answer (and its terms), possibly to an earlier query while the current one is worked on. */
  answer?: SearchAnswer;
}

/** Asks the search worker for the state in the URL and follows its answer. */
export function useSearch(state: SearchState): SearchResult {
  const [response, setResponse] = useState<SearchResponse>();
  const [shown, setShown] = useState<{ answer: SearchAnswer; terms: QueryTerm[] }>();
  const sent = useRef(0);
  const key = JSON.stringify(state);

  // Also the retry: after a failure of the worker itself, this starts a new one.
  const ask = useCallback(() => {
    sent.current = sendSearch(JSON.parse(key) as SearchState);
  }, [key]);

  useEffect(
    () =>
      onSearchResponse((response) => {
        if (response.id !== sent.current) return;
        setResponse(response);
        if (response.answer) setShown({ answer: response.answer, terms: response.terms });
      }),
    [],
  );

  useEffect(ask, [ask]);

  const current = response?.id === sent.current ? response : undefined;
  return {
    status: current?.status ?? (state.q.trim() || browsesByFilter(state) ? 'loading' : 'idle'),
    terms: shown?.terms ?? [],
    error: current?.error,
    errorKind: current?.errorKind,
    retry: ask,
    answer: current?.status === 'idle' ? undefined : shown?.answer,
  };
}
