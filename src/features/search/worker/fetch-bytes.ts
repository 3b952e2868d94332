/**
 * Fetches the search index's files, checked against the hash in their names (lib/fetch-json), with
 * the same errors as fetchJson; a damaged one is the damaged-index error docs/search.md promises.
 */
import type { core } from 'zod/mini';
import { DamagedDataError, fetchData, fetchJson } from '../../../lib/fetch-json';
import { CorruptIndexError } from '../../../schema/varint';

/**
 * After a file failed (damaged, or cut short), the copy in the HTTP cache may be the bad one:
 * `fresh` fetches past it, so a retry can recover once the server has a good file.
 */
export const freshInit = (fresh: boolean): RequestInit | undefined => (fresh ? { cache: 'reload' } : undefined);

const asIndexError = (error: unknown) => (error instanceof DamagedDataError ? new CorruptIndexError(`${error.url} 与其校验值不符`) : error);

export async function fetchBytes(url: string, fresh = false): Promise<Uint8Array> {
  return fetchData(url, freshInit(fresh)).catch((error: unknown) => Promise.reject(asIndexError(error)));
}

export async function fetchIndexJson<S extends core.$ZodType>(url: string, schema: S, fresh = false): Promise<core.output<S>> {
  return fetchJson(url, schema, freshInit(fresh)).catch((error: unknown) => Promise.reject(asIndexError(error)));
}
