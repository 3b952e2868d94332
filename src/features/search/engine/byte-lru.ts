/**
 * A least-recently-used cache bounded by bytes, for what the search worker keeps between queries
 * (index chunks, issue files): over a long session it would otherwise hold every file ever fetched.
 * Sizes are the caller's estimate of what an entry holds on; a Map keeps the order of use.
 */
export class ByteLru<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  /** Bytes held by the entries now. */
  bytes = 0;

  constructor(
    /** At most this many bytes are held; an entry larger than that on its own is not kept at all. */
    readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry, now the most recently used; undefined if absent or evicted. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Keeps the value as the most recently used, evicting the least recently used until it fits. */
  set(key: K, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    this.evict();
  }

  /** An entry grew (or shrank) by `delta` bytes, e.g. postings decoded from a kept chunk. */
  resize(key: K, delta: number): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.bytes += delta;
    this.bytes += delta;
    if (entry.bytes > this.maxBytes) this.delete(key);
    else this.evict(key);
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  /** Keys from the least to the most recently used. */
  keys(): K[] {
    return [...this.entries.keys()];
  }

  private evict(keep?: K): void {
    for (const [key] of this.entries) {
      if (this.bytes <= this.maxBytes) return;
      if (key !== keep) this.delete(key);
    }
  }
}
