import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { SearchAnswer } from '../engine/answer';
import { browsesByFilter, searchQueryString, type SearchState } from '../url-state';
import type { SearchErrorKind, SearchResponse, SearchStatus } from '../worker/protocol';
import type { QueryTerm } from '../../../schema/search-query';
import { answerFor, takeAnswer, type Answers } from './answers';
import { answered, onSearchResponse, requestKey, sendSearch } from './search-client';

export { warmUpSearch } from './search-client';

/**
 * Starts a search at the input event, before the search page has rendered the new URL (or before
 * it is loaded at all, from another page). The page asks for the same state once it is shown and
 * adopts this request and whatever answer it already has (search-client's `reuse`); so does Enter
 * after a query the box already searched ahead as it was committed.
 */
export function searchAhead(state: SearchState): void {
  sendSearch(state, true);
}
export { sendFromResultsPage } from './search-client';
export { showAhead, useShownState } from './shown-state';

export interface SearchResult {
  /** 'loading' until the first answer to the current query; earlier answers stay shown meanwhile. */
  status: SearchStatus;
  terms: QueryTerm[];
  error?: string;
  errorKind?: SearchErrorKind;
  retry: () => void;
  /** The latest answer (and its terms), possibly to an earlier query while the current one is worked on. */
  answer?: SearchAnswer;
  /** The search the answer's facets were counted for: the filters stay as they are until the new counts come. */
  facetsFor?: SearchState;
}

/** Asks the search worker for the state in the URL and follows its answer. */
export function useSearch(state: SearchState): SearchResult {
  const [answers, setAnswers] = useState<Answers>({});
  const json = JSON.stringify(state);
  const key = searchQueryString(state);

  // The request whose first answer was taken: the rest of its page may wait, its first answer not
  // (a query with no results has no first screenful: its one answer is 'done').
  const drawn = useRef<string | undefined>(undefined);
  const take = useCallback((key: string, response: SearchResponse) => {
    // 'loading' is what the page shows already for a request without an answer: no render for it.
    if (response.status === 'loading') return;
    const update = () => setAnswers((before) => takeAnswer(before, key, response));
    const first = drawn.current !== key;
    drawn.current = key;
    // The rest of the page after the first screenful can wait for the reader's next keystroke.
    if (!first && response.status === 'done') startTransition(update);
    else update();
  }, []);

  useEffect(
    () =>
      onSearchResponse((response) => {
        const key = requestKey(response.id);
        if (key !== undefined) take(key, response);
      }),
    [take],
  );

  // The request the box sent for this state at the input event is adopted, not sent again.
  useEffect(() => {
    const next = JSON.parse(json) as SearchState;
    const id = sendSearch(next, true);
    const early = answered(id);
    if (early) take(searchQueryString(next), early);
  }, [json, take]);

  // After a failure of the worker itself, this starts a new one.
  const retry = useCallback(() => {
    const next = JSON.parse(json) as SearchState;
    sendSearch(next);
    const key = searchQueryString(next);
    // Shows 'loading' in place of the error.
    setAnswers(({ latest, previous }) => ({ latest: latest?.key === key ? undefined : latest, previous: previous?.key === key ? undefined : previous }));
  }, [json]);

  const { current, shown } = answerFor(answers, key);
  const status = current?.response.status ?? (state.q.trim() || browsesByFilter(state) ? 'loading' : 'idle');
  return {
    status,
    terms: shown?.response.terms ?? [],
    error: current?.response.error,
    errorKind: current?.response.errorKind,
    retry,
    ...(status !== 'idle' && shown?.answer && { answer: shown.answer, facetsFor: shown.facetsFor }),
  };
}
