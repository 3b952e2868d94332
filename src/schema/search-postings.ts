/**
 * The binary format of the index chunks, written by the pipeline and read by the search worker.
 *
 * A chunk holds the postings of a run of consecutive keys (see search.ts: keyAt):
 *   u32 keyCount, then keyCount × (u32 key, u32 byteLength), ascending keys, then the postings,
 *   then the CRC-32 of all that (checksum.ts), all little-endian.
 * A key's postings, as unsigned LEB128 varints: for each article holding the key (ascending ids),
 *   idDelta, count, then `count` positions (first absolute, then deltas).
 * Positions make the index exact on its own: a term occurs at p when its i-th key occurs at p + i.
 *
 * Nothing in a chunk is trusted before its checksum matches; then every id is checked against the
 * article table and every position against its article's length, so even a file damaged in a way
 * the checksum misses (or written wrong) gives CorruptIndexError, never an id past the table.
 */
import { seal, unseal } from './checksum.ts';
import { CorruptIndexError, decodeVarints, type VarintWriter } from './varint.ts';

/** Postings of one key, decoded: article `ids[i]` has positions `positions[starts[i]..starts[i+1]]`. */
export interface Postings {
  ids: Int32Array;
  starts: Int32Array;
  positions: Int32Array;
}

/**
 * Decodes one key's postings, refusing bytes that run out or do not add up: ids must ascend and fall
 * inside the table (`bounds`: per article titleEnd, headingEnd, length, as search-table.ts
 * decodes them), positions must ascend and start a key inside their article's text.
 */
export function decodePostings(bytes: Uint8Array, bounds: Int32Array): Postings {
  const articles = bounds.length / 3;
  // Every number takes at least one byte, which bounds every array by the input's length.
  const ids = new Int32Array(bytes.length);
  const starts = new Int32Array(bytes.length + 1);
  const positions = new Int32Array(bytes.length);
  let docs = 0;
  let count = 0;
  // Read whole, then walked with plain array reads: faster than a reader call per number, most of
  // all in a freshly started worker on the way to its first answer (decodeVarints).
  const numbers = decodeVarints(bytes, '倒排表');
  const total = numbers.length;
  const cut = () => new CorruptIndexError('倒排表的变长整数越界');
  let at = 0;
  let id = -1;
  while (at < total) {
    const delta = numbers[at++]!;
    id += delta;
    if (delta === 0 || id >= articles) throw new CorruptIndexError(`倒排表的文章编号 ${id} 无效（共 ${articles} 篇）`);
    if (at + 2 > total) throw cut();
    const n = numbers[at++]!;
    if (n === 0) throw new CorruptIndexError('空的位置表');
    // A key at p is the characters p and p + 1, so p + 1 < the article's length.
    const last = bounds[id * 3 + 2]! - 2;
    let pos = numbers[at++]!;
    for (let i = 0; ; ) {
      if (pos > last) throw new CorruptIndexError(`倒排表的位置超出第 ${id} 篇文章`);
      positions[count++] = pos;
      if (++i === n) break;
      if (at >= total) throw cut();
      const step = numbers[at++]!;
      if (step === 0) throw new CorruptIndexError('倒排表的位置重复');
      pos += step;
    }
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

/** A chunk file from (key, postings bytes) pairs in ascending key order, sealed with its checksum. */
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
  return seal(out);
}

/** What the manifest says of a chunk: its size, its first key, and the next chunk's (keys stop before it). */
export interface ChunkEntry {
  bytes: number;
  firstKey: number;
  endKey: number;
}

/**
 * A chunk's keys and their (still encoded) postings, once its size is the manifest's, its checksum
 * matches and its directory adds up, with keys in the manifest's range; CorruptIndexError otherwise.
 */
export function decodeChunk(file: Uint8Array, expected: ChunkEntry): Map<number, Uint8Array> {
  if (file.length !== expected.bytes) throw new CorruptIndexError(`索引块有 ${file.length} 字节，应为 ${expected.bytes} 字节`);
  const bytes = unseal(file, '索引块');
  if (bytes.length < 4) throw new CorruptIndexError('索引块过短');
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
    if (i === 0 ? key !== expected.firstKey : key >= expected.endKey) throw new CorruptIndexError('索引块的键与目录不符');
    if (length === 0 || at + length > bytes.length) throw new CorruptIndexError('倒排表超出文件长度');
    keys.set(key, bytes.subarray(at, at + length));
    at += length;
    previous = key;
  }
  if (count === 0 || at !== bytes.length) throw new CorruptIndexError('文件长度与目录不符');
  return keys;
}
