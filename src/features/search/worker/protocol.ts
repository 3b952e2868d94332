/** Messages between the search page and the search worker. */
import type { SearchAnswer } from '../engine/answer';
import type { SuggestFile } from '../../../schema/search-suggest';
import type { SearchState } from '../url-state';
import type { QueryTerm } from '../../../schema/search-query';

export interface SearchRequest {
  /** Increases with every request; answers to older ones are ignored. */
  id: number;
  state: SearchState;
}

/**
 * What the worker needs of the manifest.json the page runs on, sent once it is loaded (or its
 * failure): the search index's entry file, each issue's file hash, and the manifest's own hash
 * to tell a redeploy. The page holds it already, so a cold search waits for no extra download.
 */
export type ArchiveMessage =
  // `issues`: JSON of [id, hash] pairs. One string is copied to the worker in well under a
  // millisecond; an object of 3,653 keys took ~10 ms to build and copy on the page, and as long to
  // rebuild in the worker, on the way to a cold search's first answer.
  | { archive: { hash: string; search: string; issues: string } }
  | { archiveError: string };

/** `updated`: the site was redeployed since the page loaded; only a reload helps. */
export type SearchErrorKind = 'updated' | 'other';

/** 'partial': the first results of the current query are in; the rest of the page is on its way. */
export type SearchStatus = 'idle' | 'loading' | 'partial' | 'done' | 'error';

export interface SearchResponse {
  id: number;
  status: SearchStatus;
  terms: QueryTerm[];
  /** What failed, in words the reader can pass on. */
  error?: string;
  errorKind?: SearchErrorKind;
  answer?: SearchAnswer;
}

/** Sent only to a worker started while the page is idle: it runs its checks once on made-up files (warm-up.ts). */
export interface WarmUpRequest {
  warmUp: true;
}

/** The page asks for the suggestion file once (the header's box was focused); the worker checks it. */
export interface SuggestFileRequest {
  suggestFile: true;
}

export type SuggestFileResponse = { suggestFile: SuggestFile } | { suggestFileError: string };
