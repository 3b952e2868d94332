/**
 * The numbers of the search index's article table (search/docs.bin), written by the pipeline and
 * read by the search worker. Its strings (issue ids, dates, entity names) are in docs.json.
 *
 * Why binary: at ten years the table holds ~32,000 rows of small numbers. As JSON they took a
 * quarter of a second to download, parse and check in a cold worker, most of a search's first
 * answer; as varints they decode straight into typed arrays in a few milliseconds.
 *
 * Format, unsigned LEB128 varints throughout:
 *   n, then how many people, places and byline names the rows hold in all (so each kind decodes
 *   into an array of exactly its size), then per article
 *     titleEnd, headingEnd − titleEnd, length − headingEnd   (the bounds of its indexed text)
 *     for people, places and byline names in turn: how many, then their indexes in docs.json.
 * then the CRC-32 of all that (checksum.ts), checked before anything else is read.
 * Row by row rather than column by column: similar rows then repeat whole, which gzip shrinks.
 */
import { seal, unseal } from './checksum.ts';
import { CorruptIndexError, decodeVarints, VarintWriter } from './varint.ts';

/** Rows of indexes, flattened: row i is `values[offsets[i]..offsets[i + 1]]`. */
export interface Refs {
  offsets: Int32Array;
  values: Int32Array;
}

export interface TableRows {
  /** Per article: titleEnd, headingEnd, length of its indexed text (search.ts: indexedText). */
  bounds: Int32Array;
  people: Refs;
  places: Refs;
  names: Refs;
}

export const REF_KINDS = ['people', 'places', 'names'] as const;
export type RefKind = (typeof REF_KINDS)[number];

/** How many entries each dictionary of docs.json has: every index must fall below it. */
export type RefLimits = Record<RefKind, number>;

export const rowOf = (refs: Refs, row: number): Int32Array => refs.values.subarray(refs.offsets[row]!, refs.offsets[row + 1]!);

/** Builds Refs from plain rows (the pipeline's side). */
export function toRefs(rows: readonly (readonly number[])[]): Refs {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i]! + row.length));
  const values = new Int32Array(offsets[rows.length]!);
  rows.forEach((row, i) => values.set(row, offsets[i]!));
  return { offsets, values };
}

export function encodeTable(rows: TableRows): Uint8Array {
  const count = rows.bounds.length / 3;
  const out = new VarintWriter();
  out.write(count);
  for (const kind of REF_KINDS) out.write(rows[kind].values.length);
  for (let i = 0; i < count; i++) {
    const titleEnd = rows.bounds[i * 3]!;
    const headingEnd = rows.bounds[i * 3 + 1]!;
    out.write(titleEnd);
    out.write(headingEnd - titleEnd);
    out.write(rows.bounds[i * 3 + 2]! - headingEnd);
    for (const kind of REF_KINDS) {
      const row = rowOf(rows[kind], i);
      out.write(row.length);
      row.forEach((value) => out.write(value));
    }
  }
  return seal(out.result());
}

/**
 * Decodes docs.bin, refusing a file whose checksum does not match, or bytes that run out, run on, disagree with docs.json on the number of
 * articles, or point past its dictionaries: a damaged table is an error, never wrong results.
 */
export function decodeTable(file: Uint8Array, articles: number, limits: RefLimits): TableRows {
  // Read whole, then walked with plain array reads: ~32,000 rows at ten years, decoded by a cold
  // worker on the way to every first answer (decodeVarints).
  const numbers = decodeVarints(unseal(file, '文章表'), '文章表');
  const total = numbers.length;
  const tooShort = () => new CorruptIndexError('文章表的变长整数越界');
  if (total < 4) throw tooShort();
  const count = numbers[0]!;
  if (count !== articles) throw new CorruptIndexError(`文章表有 ${count} 行，应为 ${articles} 行`);
  // Every number takes at least a byte: larger claims are damage, not a reason to allocate.
  const sizes = [numbers[1]!, numbers[2]!, numbers[3]!];
  if (count * 3 + sizes[0]! + sizes[1]! + sizes[2]! > total) throw new CorruptIndexError('文章表过短');
  const refs = Object.fromEntries(
    REF_KINDS.map((kind, k) => [kind, { offsets: new Int32Array(count + 1), values: new Int32Array(sizes[k]!) }]),
  ) as Record<RefKind, Refs>;
  const bounds = new Int32Array(count * 3);
  let at = 4;
  for (let i = 0; i < count; i++) {
    if (at + 6 > total) throw tooShort();
    const titleEnd = numbers[at++]!;
    const headingEnd = titleEnd + numbers[at++]!;
    bounds[i * 3] = titleEnd;
    bounds[i * 3 + 1] = headingEnd;
    bounds[i * 3 + 2] = headingEnd + numbers[at++]!;
    for (let k = 0; k < 3; k++) {
      const kind = REF_KINDS[k]!;
      const { offsets, values } = refs[kind];
      const limit = limits[kind];
      const start = offsets[i]!;
      const end = start + numbers[at++]!;
      if (end > values.length) throw new CorruptIndexError(`文章表的${kind}多于表头所记`);
      if (at + (end - start) > total) throw tooShort();
      for (let j = start; j < end; j++) {
        const value = numbers[at++]!;
        if (value >= limit) throw new CorruptIndexError(`文章表的索引超出范围（${kind}）`);
        values[j] = value;
      }
      offsets[i + 1] = end;
    }
  }
  if (at !== total) throw new CorruptIndexError('文章表长度不符');
  REF_KINDS.forEach((kind, k) => {
    if (refs[kind].offsets[count] !== sizes[k]) throw new CorruptIndexError(`文章表的${kind}少于表头所记`);
  });
  return { bounds, ...refs };
}
