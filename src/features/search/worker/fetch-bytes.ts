/** Fetches a binary index chunk, with the same errors as fetchJson for missing files. */
import { NotFoundError } from '../../../lib/fetch-json';

export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new Error(`加载失败（${url}）：HTTP ${response.status}`);
  // Hosts with an SPA rewrite answer a missing file with index.html and status 200.
  if (response.headers.get('content-type')?.includes('text/html')) throw new NotFoundError(url);
  return new Uint8Array(await response.arrayBuffer());
}
