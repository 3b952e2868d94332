/**
 * Fetches the search index's files, checked against the hash in their names (lib/fetch-json), with
 * the same errors as fetchJson; a damaged one is the damaged-index error docs/search.md promises,
 * and its retry refetches it past the HTTP cache.
 */
import type { core } from 'zod/mini';
import { DamagedDataError, fetchData, fetchJson } from '../../../lib/fetch-json';
import { CorruptIndexError } from '../../../schema/search-postings';

const asIndexError = (error: unknown) => (error instanceof DamagedDataError ? new CorruptIndexError(`${error.url} 与其校验值不符`) : error);

export async function fetchBytes(url: string): Promise<Uint8Array> {
  return fetchData(url).catch((error: unknown) => Promise.reject(asIndexError(error)));
}

export async function fetchIndexJson<S extends core.$ZodType>(url: string, schema: S): Promise<core.output<S>> {
  return fetchJson(url, schema).catch((error: unknown) => Promise.reject(asIndexError(error)));
}
