/**
 * The page's side of the search worker: one worker for the whole visit (the index chunks it has
 * loaded serve every later query), replaced when it fails. A worker can fail where no search can
 * report it: its script may not load (404 after a deploy, offline), a message may not arrive whole,
 * or it may never answer. Each of these is turned into an error answer to the newest request, so
 * the page shows a message and 重试, which starts a new worker.
 */
import { flushSync } from 'react-dom';
import { searchQueryString, type SearchState } from '../url-state';
import type { ArchiveMessage, SearchRequest, SearchResponse, SuggestFileRequest, SuggestFileResponse, WarmUpRequest } from '../worker/protocol';
import type { SuggestFile } from '../../../schema/search-suggest';
import { loadArchiveEntry } from '../../../lib/archive-entry';
import { addressSettled, awaitAddress, dropTypedAddress } from '../typed-address';

/**
 * How long the newest request may wait for the worker's first word. The worker acknowledges every
 * request as soon as it runs, so this only has to cover downloading and starting its ~96 KB script:
 * about 5 s on a slow 3G line, three times over. The index downloads that follow are not timed
 * here: on a slow line they may take longer, and a failed download reports itself.
 */
export const WORKER_START_TIMEOUT_MS = 15_000;

type Listener = (response: SearchResponse) => void;

let worker: Worker | undefined;
/** Whether the current worker has the page's manifest (or is being sent it). */
let archiveSent = false;
let nextId = 0;
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();
/** The newest request (its state as a query string, its worker) and the newest answer to it. */
let lastSent: { key: string; id: number; target: Worker } | undefined;
let lastResponse: SearchResponse | undefined;
/** The query typed on the results page that waits for its first answer (sendFromResultsPage). */
let awaiting: { id: number; withAnswer: () => void; after: () => void; timer: ReturnType<typeof setTimeout> } | undefined;
/** The suggestion file asked of the current worker, until it comes (loadSuggestFile). */
let suggestFile: { target: Worker; resolve: (file: SuggestFile) => void; reject: (error: Error) => void; promise: Promise<SuggestFile> } | undefined;

/** Drops the worker (the next request starts a new one) and answers the newest request with `error`. */
function fail(failed: Worker, error: string): void {
  if (failed !== worker) return;
  clearTimeout(timer);
  failed.terminate();
  worker = undefined;
  suggestFile?.reject(new Error(error));
  suggestFile = undefined;
  if (latest === 0) return; // failed while warming up: the first request starts afresh
  const response: SearchResponse = { id: latest, status: 'error', terms: [], error };
  for (const listener of listeners) listener(response);
}

type PostTask = (run: () => void, options: { priority: 'background' }) => Promise<void>;

/**
 * Runs `run` once the browser has painted what was just drawn (a background task after the next
 * frame, so other work waiting then goes first), or after 100 ms at the latest (a hidden tab has
 * no frames). Writing the address redraws every part of the app that reads the location (~5–10 ms),
 * and the router reads the scroll position, which would lay the new results out before their
 * frame: that waits until they are on screen.
 */
function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    addressSettled(cancel);
    run();
  };
  const cancel = () => void (done = true);
  awaitAddress(cancel);
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  requestAnimationFrame(() => (scheduler?.postTask ? void scheduler.postTask(once, { priority: 'background' }) : setTimeout(once, 0)));
  setTimeout(once, 100);
}

/** Tells the worker which deploy's files to read: the manifest this tab runs on. */
function sendArchive(target: Worker): void {
  archiveSent = true;
  loadArchiveEntry().then(
    ({ manifest, hash }) => {
      const issues = JSON.stringify(manifest.issues.map((i) => [i.id, i.hash]));
      target.postMessage({ archive: { hash, search: manifest.search, issues } } satisfies ArchiveMessage);
    },
    (error: unknown) => {
      if (target === worker) archiveSent = false;
      target.postMessage({ archiveError: error instanceof Error ? error.message : String(error) } satisfies ArchiveMessage);
    },
  );
}

/** The worker, started if need be, with the page's manifest sent (its downloads start then). */
function searchWorker(): Worker {
  const current = worker ?? startWorker();
  if (!archiveSent) sendArchive(current);
  return current;
}

/**
 * Starts the worker's script without sending it the manifest: it downloads nothing of the index
 * until searchWorker sends it (the reader heading for the box, or a search), and meanwhile runs its
 * checks once on made-up files, so that a first search does not run them cold (worker/warm-up.ts).
 * Only on a page that has not searched yet: after a search the worker is there, and after its
 * failure the reader's 重试 starts the next one (a preload then would start it from whatever broke the last).
 */
export function preloadSearchWorker(): void {
  if (!worker && nextId === 0) startWorker().postMessage({ warmUp: true } satisfies WarmUpRequest);
}

function startWorker(): Worker {
  archiveSent = false;
  const started = new Worker(new URL('../worker/search.worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<SearchResponse | SuggestFileResponse>) => {
    if (started !== worker) return;
    if ('suggestFile' in event.data) return suggestFile?.resolve(event.data.suggestFile);
    if ('suggestFileError' in event.data) {
      suggestFile?.reject(new Error(event.data.suggestFileError));
      suggestFile = undefined; // the next focus asks again
      return;
    }
    const response = event.data;
    if (response.id === latest) {
      clearTimeout(timer);
      lastResponse = response;
    }
    const typed = awaiting?.id === response.id && response.status !== 'loading' ? awaiting : undefined;
    if (typed) {
      awaiting = undefined;
      clearTimeout(typed.timer);
    }
    // Drawn in this message's own task: at default priority React would draw it in a task of its
    // scheduler, after the browser's next paint when one is due (a frame, at worst). The listeners
    // put what can wait (the rest of a page of results) in a transition.
    flushSync(() => {
      typed?.withAnswer();
      for (const listener of listeners) listener(response);
    });
    if (typed) afterNextPaint(typed.after);
  });
  // A plain Event when the script could not be loaded; an ErrorEvent for an exception outside a search.
  started.addEventListener('error', (event) => {
    event.preventDefault();
    const message = event instanceof ErrorEvent && event.message ? `：${event.message}` : '（脚本无法载入：可能是网络中断，或网站已更新）';
    fail(started, `检索程序未能启动${message}`);
  });
  started.addEventListener('messageerror', () => fail(started, '检索程序的回答无法读取'));
  worker = started;
  return started;
}

/** Starts the worker (and its small manifest download) as soon as the reader heads for the box. */
export function warmUpSearch(): void {
  searchWorker();
}

/**
 * Sends a search; its answers (and any failure of the worker meanwhile) go to every listener. With
 * `reuse`, a state that is already the newest request is not sent again: the box sends the query at
 * the input event, and the search page, rendered after the navigation, adopts that request (its id,
 * and any answer already in: `answered`) instead of starting the work over.
 */
export function sendSearch(state: SearchState, reuse = false): number {
  const key = searchQueryString(state);
  if (reuse && worker && lastSent?.key === key && lastSent.target === worker && lastSent.id === latest) return lastSent.id;
  // A newer search (typed, a filter followed, back) takes over from a typed one still waiting, and
  // from its address if that waits to be written.
  if (awaiting) clearTimeout(awaiting.timer);
  awaiting = undefined;
  dropTypedAddress();
  const id = ++nextId;
  latest = id;
  const target = searchWorker();
  lastSent = { key, id, target };
  target.postMessage({ id, state } satisfies SearchRequest);
  clearTimeout(timer);
  timer = setTimeout(() => fail(target, `检索程序没有响应（${WORKER_START_TIMEOUT_MS / 1000} 秒内没有回答）`), WORKER_START_TIMEOUT_MS);
  return id;
}

/**
 * How long a query typed on the results page waits for its first answer before its address is
 * written anyway (and the page shows it as loading): a warm answer takes a few ms, a cold one
 * hundreds.
 */
export const ANSWER_WAIT_MS = 80;

/**
 * Sends a query typed on the results page. Its first answer is drawn in the answer's own task,
 * together with what `withAnswer` changes (the page's query: shown-state.ts), and `after` runs once
 * that is painted (writing the address); with no answer within ANSWER_WAIT_MS, `after` runs then.
 * A newer search takes over: this one's `after` is dropped.
 */
export function sendFromResultsPage(state: SearchState, withAnswer: () => void, after: () => void): void {
  const id = sendSearch(state);
  const timer = setTimeout(() => {
    if (awaiting?.id !== id) return;
    awaiting = undefined;
    addressSettled(cancel);
    after();
  }, ANSWER_WAIT_MS);
  const cancel = () => {
    if (awaiting?.id !== id) return;
    clearTimeout(timer);
    awaiting = undefined;
  };
  awaiting = { id, withAnswer, after, timer };
  awaitAddress(cancel);
}

/** The query string of request `id` while it is the newest request (answers to older ones are not wanted). */
export const requestKey = (id: number): string | undefined => (lastSent?.id === id ? lastSent.key : undefined);

/** The newest answer to request `id`, if one came in already. */
export const answered = (id: number): SearchResponse | undefined => (lastResponse?.id === id ? lastResponse : undefined);

export function onSearchResponse(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * The suggestion file, checked by the worker (which knows its name from the search manifest it
 * loads anyway); asked once per worker, again after a failure.
 */
export function loadSuggestFile(): Promise<SuggestFile> {
  const target = searchWorker();
  if (suggestFile?.target === target) return suggestFile.promise;
  let settle!: Pick<NonNullable<typeof suggestFile>, 'resolve' | 'reject'>;
  const promise = new Promise<SuggestFile>((resolve, reject) => (settle = { resolve, reject }));
  suggestFile = { target, ...settle, promise };
  target.postMessage({ suggestFile: true } satisfies SuggestFileRequest);
  return promise;
}
