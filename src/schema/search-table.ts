/**
 * The numbers of the search index's article table, in two files written by the pipeline and read by
 * the search worker; its strings (issue ids, dates, entity names) are in docs.json.
 *
 * Why binary: at ten years the table holds ~32,000 rows of small numbers. As JSON they took a
 * quarter of a second to download, parse and check in a cold worker, most of a search's first
 * answer; as varints they decode straight into typed arrays in a few milliseconds.
 *
 * Why two files: ranking needs only where each article's fields end (search/docs.bin, ~4 bytes an
 * article), while the people, places and byline names of every article (search/refs.bin, ~4 times
 * as large) serve filters and facet counts, which come after the first screenful. A cold query
 * downloads and decodes the small file on its way to the first answer, and the other beside it.
 *
 * Formats, unsigned LEB128 varints throughout, each followed by the CRC-32 of all before it
 * (checksum.ts), checked before anything else is read:
 *   docs.bin   n, then per article titleEnd, headingEnd − titleEnd, length − headingEnd
 *   refs.bin   n, then how many people, places and byline names the rows hold in all (so each kind
 *              decodes into an array of exactly its size), then per article, for people, places and
 *              byline names in turn: how many, then their indexes in docs.json.
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

/** The two files of the table: docs.bin (field bounds) and refs.bin (people, places, byline names). */
export interface EncodedTable {
  bounds: Uint8Array;
  refs: Uint8Array;
}

export function encodeTable(rows: TableRows): EncodedTable {
  const count = rows.bounds.length / 3;
  const bounds = new VarintWriter();
  bounds.write(count);
  for (let i = 0; i < count; i++) {
    const titleEnd = rows.bounds[i * 3]!;
    const headingEnd = rows.bounds[i * 3 + 1]!;
    bounds.write(titleEnd);
    bounds.write(headingEnd - titleEnd);
    bounds.write(rows.bounds[i * 3 + 2]! - headingEnd);
  }
  const refs = new VarintWriter();
  refs.write(count);
  for (const kind of REF_KINDS) refs.write(rows[kind].values.length);
  for (let i = 0; i < count; i++) {
    for (const kind of REF_KINDS) {
      const row = rowOf(rows[kind], i);
      refs.write(row.length);
      row.forEach((value) => refs.write(value));
    }
  }
  return { bounds: seal(bounds.result()), refs: seal(refs.result()) };
}

/** A table file's numbers, its checksum checked, and its row count checked against docs.json's. */
function numbersOf(file: Uint8Array, articles: number, label: string): Int32Array {
  const numbers = decodeVarints(unseal(file, label), label);
  if (numbers.length < 1) throw new CorruptIndexError(`${label}的变长整数越界`);
  if (numbers[0] !== articles) throw new CorruptIndexError(`${label}有 ${numbers[0]} 行，应为 ${articles} 行`);
  return numbers;
}

/**
 * Decodes docs.bin, refusing a file whose checksum does not match, or bytes that run out, run on, or
 * disagree with docs.json on the number of articles: a damaged table is an error, never wrong results.
 */
export function decodeBounds(file: Uint8Array, articles: number): Int32Array {
  const numbers = numbersOf(file, articles, '文章表');
  if (numbers.length !== 1 + articles * 3) throw new CorruptIndexError('文章表长度不符');
  const bounds = new Int32Array(articles * 3);
  for (let i = 0, at = 1; i < articles; i++) {
    const titleEnd = numbers[at++]!;
    const headingEnd = titleEnd + numbers[at++]!;
    bounds[i * 3] = titleEnd;
    bounds[i * 3 + 1] = headingEnd;
    bounds[i * 3 + 2] = headingEnd + numbers[at++]!;
  }
  return bounds;
}

/**
 * Decodes refs.bin, refusing a file whose checksum does not match, bytes that run out or run on, another
 * number of articles than docs.json's, or an index past its dictionaries.
 */
export function decodeRefs(file: Uint8Array, articles: number, limits: RefLimits): Pick<TableRows, RefKind> {
  // Read whole, then walked with plain array reads (decodeVarints).
  const numbers = numbersOf(file, articles, '文章索引表');
  const total = numbers.length;
  const tooShort = () => new CorruptIndexError('文章索引表的变长整数越界');
  if (total < 4) throw tooShort();
  const count = articles;
  // Every number takes at least a byte: larger claims are damage, not a reason to allocate.
  const sizes = [numbers[1]!, numbers[2]!, numbers[3]!];
  if (count * 3 + sizes[0]! + sizes[1]! + sizes[2]! > total) throw new CorruptIndexError('文章索引表过短');
  const refs = Object.fromEntries(
    REF_KINDS.map((kind, k) => [kind, { offsets: new Int32Array(count + 1), values: new Int32Array(sizes[k]!) }]),
  ) as Record<RefKind, Refs>;
  let at = 4;
  for (let i = 0; i < count; i++) {
    if (at + 3 > total) throw tooShort();
    for (let k = 0; k < 3; k++) {
      const kind = REF_KINDS[k]!;
      const { offsets, values } = refs[kind];
      const limit = limits[kind];
      const start = offsets[i]!;
      const end = start + numbers[at++]!;
      if (end > values.length) throw new CorruptIndexError(`文章索引表的${kind}多于表头所记`);
      if (at + (end - start) > total) throw tooShort();
      for (let j = start; j < end; j++) {
        const value = numbers[at++]!;
        if (value >= limit) throw new CorruptIndexError(`文章索引表的索引超出范围（${kind}）`);
        values[j] = value;
      }
      offsets[i + 1] = end;
    }
  }
  if (at !== total) throw new CorruptIndexError('文章索引表长度不符');
  REF_KINDS.forEach((kind, k) => {
    if (refs[kind].offsets[count] !== sizes[k]) throw new CorruptIndexError(`文章索引表的${kind}少于表头所记`);
  });
  return refs;
}

/** Both files decoded: the whole table (tests and the pipeline's read-back). */
export function decodeTable(files: EncodedTable, articles: number, limits: RefLimits): TableRows {
  return { bounds: decodeBounds(files.bounds, articles), ...decodeRefs(files.refs, articles, limits) };
}
