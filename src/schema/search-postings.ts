/**
 * The binary format of the index chunks, written by the pipeline and read by the search worker.
 *
 * A chunk holds the postings of a run of consecutive keys (see search.ts: keyAt):
 *   u32 keyCount, then keyCount × (u32 key, u32 byteLength), ascending keys, then the postings.
 * A key's postings, as unsigned LEB128 varints: for each article holding the key (ascending ids),
 *   idDelta, count, then `count` positions (first absolute, then deltas).
 * Positions make the index exact on its own: a term occurs at p when its i-th key occurs at p + i.
 */

/** Appends varints to a growing byte buffer. */
export class VarintWriter {
  private bytes = new Uint8Array(16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2 + 16);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads varints, refusing to run past the end: damaged bytes are an error, never wrong numbers. */
export class VarintReader {
  at = 0;
  constructor(
    private readonly bytes: Uint8Array,
    /** What is being read, for the error. */
    private readonly what: string,
  ) {}

  next(): number {
    const bytes = this.bytes;
    // Most numbers in the index are below 128: one byte, no loop.
    if (this.at < bytes.length && bytes[this.at]! < 0x80) return bytes[this.at++]!;
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (this.at >= bytes.length || shift > 28) throw new CorruptIndexError(`${this.what}的变长整数越界`);
      const byte = bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  }

  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

/** Postings of one key, decoded: article `ids[i]` has positions `positions[starts[i]..starts[i+1]]`. */
export interface Postings {
  ids: Int32Array;
  starts: Int32Array;
  positions: Int32Array;
}

export class CorruptIndexError extends Error {
  constructor(detail: string) {
    super(`检索索引已损坏：${detail}`);
    this.name = 'CorruptIndexError';
  }
}

/** Decodes one key's postings, refusing bytes that run out or do not add up. */
export function decodePostings(bytes: Uint8Array): Postings {
  // Every number takes at least one byte, which bounds every array by the input's length.
  const ids = new Int32Array(bytes.length);
  const starts = new Int32Array(bytes.length + 1);
  const positions = new Int32Array(bytes.length);
  let docs = 0;
  let count = 0;
  const input = new VarintReader(bytes, '倒排表');
  let id = -1;
  while (!input.done) {
    id += input.next();
    const n = input.next();
    if (n === 0) throw new CorruptIndexError('空的位置表');
    let pos = 0;
    for (let i = 0; i < n; i++) positions[count++] = pos += input.next();
    ids[docs++] = id;
    starts[docs] = count;
  }
  return { ids: ids.slice(0, docs), starts: starts.slice(0, docs + 1), positions: positions.slice(0, count) };
}

/** Appends one article's entry to a key's postings: id delta, count, positions[from, to) as deltas. */
export function writePostings(out: VarintWriter, idDelta: number, positions: ArrayLike<number>, from: number, to: number): void {
  out.write(idDelta);
  out.write(to - from);
  let last = 0;
  for (let i = from; i < to; i++) {
    out.write(positions[i]! - last);
    last = positions[i]!;
  }
}

/** A chunk file from (key, postings bytes) pairs in ascending key order. */
export function encodeChunk(entries: readonly [key: number, postings: Uint8Array][]): Uint8Array {
  const header = 4 + entries.length * 8;
  const size = entries.reduce((n, [, p]) => n + p.length, header);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, entries.length, true);
  let at = header;
  entries.forEach(([key, postings], i) => {
    view.setUint32(4 + i * 8, key, true);
    view.setUint32(8 + i * 8, postings.length, true);
    out.set(postings, at);
    at += postings.length;
  });
  return out;
}

/** A chunk's keys and their (still encoded) postings; throws CorruptIndexError on a malformed file. */
export function decodeChunk(bytes: Uint8Array): Map<number, Uint8Array> {
  if (bytes.length < 4) throw new CorruptIndexError('文件过短');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const header = 4 + count * 8;
  if (header > bytes.length) throw new CorruptIndexError('目录超出文件长度');
  const keys = new Map<number, Uint8Array>();
  let at = header;
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const key = view.getUint32(4 + i * 8, true);
    const length = view.getUint32(8 + i * 8, true);
    if (key <= previous) throw new CorruptIndexError('键未按顺序排列');
    if (at + length > bytes.length) throw new CorruptIndexError('倒排表超出文件长度');
    keys.set(key, bytes.subarray(at, at + length));
    at += length;
    previous = key;
  }
  if (at !== bytes.length) throw new CorruptIndexError('文件长度与目录不符');
  return keys;
}
