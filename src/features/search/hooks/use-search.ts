import { startTransition, useCallback, useEffect, useState } from 'react';
import type { SearchAnswer } from '../engine/answer';
import { browsesByFilter, readSearchState, searchQueryString, type SearchState } from '../url-state';
import type { SearchErrorKind, SearchResponse, SearchStatus } from '../worker/protocol';
import type { QueryTerm } from '../../../schema/search-query';
import { answered, onSearchResponse, requestKey, sendSearch } from './search-client';

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
  /** The search the answer's facets were counted for: the filters stay as they are until the new counts come. */
  facetsFor?: SearchState;
}

/** An answer with the request (its query string) it answers. */
interface Entry {
  key: string;
  response: SearchResponse;
  answer?: SearchAnswer;
  facetsFor?: SearchState;
}

/**
 * The newest request's answer, and the one before it. The newest may come in before the page has
 * rendered its URL (the box sends the query at the input event and the URL follows in a React
 * transition): it is kept, and shown in the same render as the URL, rather than adopted after it.
 */
type Answers = { latest?: Entry; previous?: Entry };

function taken(before: Answers, key: string, response: SearchResponse): Answers {
  const { latest, previous } = before;
  if (latest?.response === response) return before;
  const pending = response.answer?.facetsPending && latest?.answer;
  // A first screenful comes before its facets: the filters shown stay until they are counted.
  const answer = response.answer && pending ? { ...response.answer, facets: latest.answer!.facets } : response.answer;
  const facetsFor = pending ? latest.facetsFor : answer && readSearchState(new URLSearchParams(key));
  return { latest: { key, response, answer, facetsFor }, previous: latest?.key === key ? previous : latest };
}

/** Asks the search worker for the state in the URL and follows its answer. */
export function useSearch(state: SearchState): SearchResult {
  const [answers, setAnswers] = useState<Answers>({});
  const json = JSON.stringify(state);
  const key = searchQueryString(state);

  const take = useCallback((key: string, response: SearchResponse) => {
    // 'loading' is what the page shows already for a request without an answer: no render for it.
    if (response.status === 'loading') return;
    const update = () => setAnswers((before) => taken(before, key, response));
    // The rest of the page after the first screenful can wait for the reader's next keystroke.
    if (response.status === 'done' && response.answer && !response.answer.facetsPending) startTransition(update);
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

  const { latest, previous } = answers;
  const current = latest?.key === key ? latest : previous?.key === key ? previous : undefined;
  const status = current?.response.status ?? (state.q.trim() || browsesByFilter(state) ? 'loading' : 'idle');
  // While the current query is on its way, the last answer stays shown (dimmed by the page).
  const shown = current?.answer ? current : latest?.answer ? latest : previous;
  return {
    status,
    terms: shown?.response.terms ?? [],
    error: current?.response.error,
    errorKind: current?.response.errorKind,
    retry,
    ...(status !== 'idle' && shown?.answer && { answer: shown.answer, facetsFor: shown.facetsFor }),
  };
}
