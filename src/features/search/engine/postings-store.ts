/**
 * The index as the worker sees it: the chunk directory from the manifest, chunks fetched on first
 * need and kept, postings decoded on first use and kept. Fetching is injected, so tests and the
 * benchmark read the same files from memory or disk.
 */
import { UNIT } from '../../../schema/search';
import type { SearchManifest } from '../../../schema/search-data';
import { decodeChunk, decodePostings, type Postings } from '../../../schema/search-postings';

export type ChunkLoader = (n: number) => Promise<Uint8Array>;

export class PostingsStore {
  private readonly chunks = new Map<number, Promise<Map<number, Uint8Array>>>();
  private readonly decoded = new Map<number, Postings>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly load: ChunkLoader,
  ) {}

  /** The chunk that would hold `key`: the last whose first key is not after it (-1: before all). */
  chunkOf(key: number): number {
    const chunks = this.manifest.chunks;
    let lo = 0;
    let hi = chunks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (chunks[mid]![0] <= key) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  // A failed download is forgotten at once, so the next query (or the retry button) tries again.
  private chunk(n: number): Promise<Map<number, Uint8Array>> {
    let loading = this.chunks.get(n);
    if (!loading) {
      loading = this.load(n).then(decodeChunk);
      loading.catch(() => this.chunks.delete(n));
      this.chunks.set(n, loading);
    }
    return loading;
  }

  private decode(key: number, bytes: Uint8Array): Postings {
    let postings = this.decoded.get(key);
    if (!postings) this.decoded.set(key, (postings = decodePostings(bytes)));
    return postings;
  }

  /** The postings of one key; undefined when no article contains it. */
  async postings(key: number): Promise<Postings | undefined> {
    const n = this.chunkOf(key);
    if (n < 0) return undefined;
    const bytes = (await this.chunk(n)).get(key);
    return bytes && this.decode(key, bytes);
  }

  /** The postings of every key starting with this code unit: a one-character query. */
  async startingWith(unit: number): Promise<Postings[]> {
    const first = unit * UNIT;
    const last = first + UNIT - 1;
    const from = Math.max(0, this.chunkOf(first));
    const to = this.chunkOf(last);
    const chunks = await Promise.all(Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => this.chunk(from + i)));
    const out: Postings[] = [];
    for (const chunk of chunks) {
      for (const [key, bytes] of chunk) if (key >= first && key <= last) out.push(this.decode(key, bytes));
    }
    return out;
  }
}
