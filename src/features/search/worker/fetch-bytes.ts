/** Fetches a binary index file, with the same errors as fetchJson for missing files. */
import { fetchData } from '../../../lib/fetch-json';

/**
 * After a file failed (damaged, or cut short), the copy in the HTTP cache may be the bad one:
 * `fresh` fetches past it, so a retry can recover once the server has a good file.
 */
export const freshInit = (fresh: boolean): RequestInit | undefined => (fresh ? { cache: 'reload' } : undefined);

export async function fetchBytes(url: string, fresh = false): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchData(url, freshInit(fresh))).arrayBuffer());
}
