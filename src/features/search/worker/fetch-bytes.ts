/** Fetches a binary index chunk, with the same errors as fetchJson for missing files. */
import { fetchData } from '../../../lib/fetch-json';

export async function fetchBytes(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchData(url)).arrayBuffer());
}
