import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchAnswer } from '../engine/answer';
import type { SearchState } from '../url-state';
import type { SearchRequest, SearchResponse, SearchStatus } from '../worker/protocol';
import type { QueryTerm } from '../../../schema/search-query';

// One worker for the whole visit: the index chunks it has loaded serve every later query.
let worker: Worker | undefined;
let nextId = 0;
function searchWorker(): Worker {
  worker ??= new Worker(new URL('../worker/search.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Starts the worker (and its small manifest download) as soon as the reader heads for the box. */
export function warmUpSearch(): void {
  searchWorker();
}

/**
 * Starts a search before the search page is on screen (it is still loading when the reader types
 * from another page). Nobody waits for this answer: the page asks again for the same state once
 * it is shown, and the worker hands it the hits already found or on their way.
 */
export function searchAhead(state: SearchState): void {
  searchWorker().postMessage({ id: ++nextId, state } satisfies SearchRequest);
}

export interface SearchResult {
  /** 'loading' until the first answer to the current query; earlier answers stay shown meanwhile. */
  status: SearchStatus;
  terms: QueryTerm[];
  error?: string;
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

  const ask = useCallback(() => {
    const request: SearchRequest = { id: ++nextId, state: JSON.parse(key) as SearchState };
    sent.current = request.id;
    searchWorker().postMessage(request);
  }, [key]);

  useEffect(() => {
    const onMessage = (event: MessageEvent<SearchResponse>) => {
      if (event.data.id !== sent.current) return;
      setResponse(event.data);
      if (event.data.answer) setShown({ answer: event.data.answer, terms: event.data.terms });
    };
    const target = searchWorker();
    target.addEventListener('message', onMessage);
    return () => target.removeEventListener('message', onMessage);
  }, []);

  useEffect(ask, [ask]);

  const current = response?.id === sent.current ? response : undefined;
  return {
    status: current?.status ?? (state.q.trim() ? 'loading' : 'idle'),
    terms: shown?.terms ?? [],
    error: current?.error,
    retry: ask,
    answer: current?.status === 'idle' ? undefined : shown?.answer,
  };
}
