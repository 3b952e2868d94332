/**
 * The index as the worker sees it: the chunk directory from the manifest, chunks fetched on first
 * need, postings decoded on first use; both kept for later queries, up to a bound in bytes.
 * Fetching is injected, so tests and the benchmark read the same files from memory or disk.
 */
import { UNIT } from '../../../schema/search';
import { chunkEntryOf, type SearchManifest } from '../../../schema/search-data';
import { decodeChunk, decodePostings, type Postings } from '../../../schema/search-postings';
import { ByteLru } from './byte-lru';
import { settledAll } from '../../../lib/settled-all';

/** Fetches chunk n; `fresh`: it failed before, so bypass every cache (the copy there may be the bad one). */
export type ChunkLoader = (n: number, fresh: boolean) => Promise<Uint8Array>;

/**
 * What the worker keeps of the index between queries: 24 MB of chunks and their decoded postings.
 * A query needs at most a few MB (the one-character query 市 at 10 years: 1.6 MB of chunks, ~6 MB
 * decoded), so a session's recent queries stay warm while memory stays bounded.
 */
export const POSTINGS_CACHE_BYTES = 24 * 1024 * 1024;

interface Chunk {
  keys: Map<number, Uint8Array>;
  decoded: Map<number, Postings>;
}

const sizeOf = (p: Postings) => p.ids.byteLength + p.starts.byteLength + p.positions.byteLength;

export class PostingsStore {
  private readonly kept: ByteLru<number, Chunk>;
  private readonly loading = new Map<number, Promise<Chunk>>();
  /** Chunks that failed to load or decode: the next try fetches them afresh. */
  private readonly failed = new Set<number>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly load: ChunkLoader,
    /** The article table's bounds (search-table.ts), which every id and position is checked against. */
    private readonly bounds: () => Promise<Int32Array>,
    maxBytes = POSTINGS_CACHE_BYTES,
  ) {
    this.kept = new ByteLru(maxBytes);
  }

  /** Bytes of chunks and postings kept now. */
  get keptBytes(): number {
    return this.kept.bytes;
  }

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

  // A failure is forgotten at once, so the next query (or the retry button) tries again.
  private chunk(n: number): Promise<Chunk> {
    const kept = this.kept.get(n);
    if (kept) return Promise.resolve(kept);
    let loading = this.loading.get(n);
    if (!loading) {
      loading = this.load(n, this.failed.has(n)).then((file) => {
        const chunk = { keys: decodeChunk(file, chunkEntryOf(this.manifest, n)), decoded: new Map() };
        this.failed.delete(n);
        this.kept.set(n, chunk, file.byteLength);
        return chunk;
      });
      const settled = () => this.loading.delete(n);
      loading.then(settled, () => {
        settled();
        this.failed.add(n);
      });
      this.loading.set(n, loading);
    }
    return loading;
  }

  /** The key's postings, checked against the table; a damaged chunk is dropped, to be fetched afresh. */
  private async decode(n: number, chunk: Chunk, key: number, bytes: Uint8Array): Promise<Postings> {
    let postings = chunk.decoded.get(key);
    if (postings) return postings;
    const bounds = await this.bounds();
    try {
      postings = decodePostings(bytes, bounds);
    } catch (error) {
      this.kept.delete(n);
      this.failed.add(n);
      throw error;
    }
    chunk.decoded.set(key, postings);
    this.kept.resize(n, sizeOf(postings));
    return postings;
  }

  /** The postings of one key; undefined when no article contains it. */
  async postings(key: number): Promise<Postings | undefined> {
    const n = this.chunkOf(key);
    if (n < 0) return undefined;
    const chunk = await this.chunk(n);
    const bytes = chunk.keys.get(key);
    return bytes && this.decode(n, chunk, key, bytes);
  }

  /** The postings of every key starting with this code unit: a one-character query. */
  async startingWith(unit: number): Promise<Postings[]> {
    const first = unit * UNIT;
    const last = first + UNIT - 1;
    const from = Math.max(0, this.chunkOf(first));
    const to = this.chunkOf(last);
    const numbers = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
    const chunks = await settledAll(numbers.map((n) => this.chunk(n)));
    const out: Promise<Postings>[] = [];
    chunks.forEach((chunk, i) => {
      for (const [key, bytes] of chunk.keys) if (key >= first && key <= last) out.push(this.decode(numbers[i]!, chunk, key, bytes));
    });
    return settledAll(out);
  }
}
