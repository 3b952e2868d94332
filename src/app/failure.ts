import { isRouteErrorResponse } from 'react-router';
import { ArchiveUpdatedError, DataError, NotFoundError } from '../lib/fetch-json';
import { PageNotFoundError } from '../lib/page-not-found';

/**
 * What a failure means to the reader: a bad address (404 page), a new deploy whose code chunks
 * replaced the ones this tab knows (reload), new data files replacing the ones its manifest names
 * (reload), a data file that could not be loaded (retry), or a
 * fault in the page itself.
 */
export type FailureKind = 'not-found' | 'new-version' | 'archive-updated' | 'data' | 'fault';

// Chromium, Firefox and Safari's words for a dynamic import that failed, and Vite's for a chunk's CSS.
const STALE_CHUNK = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;
// A fetch that never got an answer (offline, DNS, reset), or fetch-json's message for an HTTP error.
const NETWORK = /^Failed to fetch$|NetworkError|^Load failed$|HTTP \d{3}/;

export function failureKind(error: unknown): FailureKind {
  if (error instanceof PageNotFoundError || (isRouteErrorResponse(error) && error.status === 404)) return 'not-found';
  const message = error instanceof Error ? error.message : '';
  if (STALE_CHUNK.test(message)) return 'new-version';
  // A redeploy replaced the data files this tab's manifest names: only a reload gets the new ones.
  if (error instanceof ArchiveUpdatedError) return 'archive-updated';
  // Any DataError subclass (damaged, stale, wrong schema) and a missing file are the data's fault.
  if (error instanceof DataError || error instanceof NotFoundError || NETWORK.test(message)) return 'data';
  return 'fault';
}
