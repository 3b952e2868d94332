import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchAnswer } from '../engine/answer';
import type { SearchState } from '../url-state';
import type { ArchiveMessage, SearchErrorKind, SearchRequest, SearchResponse, SearchStatus } from '../worker/protocol';
import type { QueryTerm } from '../../../schema/search-query';
import { loadArchiveEntry } from '../../../lib/archive-entry';

// One worker for the whole visit: the index chunks it has loaded serve every later query.
let worker: Worker | undefined;
let nextId = 0;
/** Whether the worker has the page's manifest (or is being sent it). */
let archiveSent = false;

/** Tells the worker which deploy's files to read: the manifest this tab runs on. */
function sendArchive(target: Worker): void {
  archiveSent = true;
  loadArchiveEntry().then(
    ({ manifest, hash }) => {
      const issues = Object.fromEntries(manifest.issues.map((i) => [i.id, i.hash]));
      target.postMessage({ archive: { hash, search: manifest.search, issues } } satisfies ArchiveMessage);
    },
    (error: unknown) => {
      archiveSent = false;
      target.postMessage({ archiveError: error instanceof Error ? error.message : String(error) } satisfies ArchiveMessage);
    },
  );
}

function searchWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../worker/search.worker.ts', import.meta.url), { type: 'module' });
    sendArchive(worker);
  }
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

  const ask = useCallback(() => {
    const request: SearchRequest = { id: ++nextId, state: JSON.parse(key) as SearchState };
    sent.current = request.id;
    const target = searchWorker();
    if (!archiveSent) sendArchive(target);
    target.postMessage(request);
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
    errorKind: current?.errorKind,
    retry: ask,
    answer: current?.status === 'idle' ? undefined : shown?.answer,
  };
}
