import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchAnswer } from '../engine/answer';
import { browsesByFilter, type SearchState } from '../url-state';
import type { SearchErrorKind, SearchResponse, SearchStatus } from '../worker/protocol';
import type { QueryTerm } from '../../../schema/search-query';
import { answered, onSearchResponse, sendSearch } from './search-client';

export { warmUpSearch } from './search-client';

/**
 * Starts a search at the input event, before the search page has rendered the new URL (or before
 * it is loaded at all, from another page). The page asks for the same state once it is shown and
 * adopts this request and whatever answer it already has (search-client's `reuse`).
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
  // With the state it answers: a new state shows 'loading' from its first render, old answers dimmed.
  const [response, setResponse] = useState<{ key: string; response: SearchResponse }>();
  const [shown, setShown] = useState<{ answer: SearchAnswer; terms: QueryTerm[] }>();
  const sent = useRef(0);
  const key = JSON.stringify(state);
  const sentKey = useRef(key);

  const take = useCallback((response: SearchResponse) => {
    // 'loading' is what the page shows already for a request without an answer: no render for it.
    if (response.status === 'loading') return;
    setResponse({ key: sentKey.current, response });
    const answer = response.answer;
    if (!answer) return;
    // A first screenful comes before its facets: the filters shown stay until they are counted.
    setShown((before) => ({ answer: answer.facetsPending && before ? { ...answer, facets: before.answer.facets } : answer, terms: response.terms }));
  }, []);

  useEffect(
    () =>
      onSearchResponse((response) => {
        if (response.id === sent.current) take(response);
      }),
    [take],
  );

  // The request the box sent for this state at the input event is adopted, not sent again.
  useEffect(() => {
    sentKey.current = key;
    sent.current = sendSearch(JSON.parse(key) as SearchState, true);
    const early = answered(sent.current);
    if (early) take(early);
  }, [key, take]);

  // After a failure of the worker itself, this starts a new one.
  const retry = useCallback(() => {
    sent.current = sendSearch(JSON.parse(key) as SearchState);
    setResponse(undefined); // shows 'loading' in place of the error
  }, [key]);

  const current = response?.key === key && response.response.id === sent.current ? response.response : undefined;
  return {
    status: current?.status ?? (state.q.trim() || browsesByFilter(state) ? 'loading' : 'idle'),
    terms: shown?.terms ?? [],
    error: current?.error,
    errorKind: current?.errorKind,
    retry,
    answer: current?.status === 'idle' ? undefined : shown?.answer,
  };
}
