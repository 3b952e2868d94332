/**
 * Round-trip and fuzz properties of the index's binary codecs (chunks with their postings, and the
 * article table): any valid input round-trips; any change to an encoded file (a flipped bit, a
 * changed, inserted or deleted byte, a file cut short or run on) decodes to exactly the original or
 * raises CorruptIndexError, never a different result and never another exception. And, should a
 * change slip past the checksum (or a file be written wrong), the bounds checks still refuse every
 * id past the table and every position past its article. Fixed seed: CI sees the same cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seal, TRAILER_BYTES } from './checksum.ts';
import { decodeChunk, decodePostings, encodeChunk, writePostings, type ChunkEntry, type Postings } from './search-postings.ts';
import { decodeTable, encodeTable, toRefs, type EncodedTable, type RefLimits, type TableRows } from './search-table.ts';
import { CorruptIndexError, VarintWriter } from './varint.ts';

const runs = (numRuns: number) => ({ seed: 11, numRuns });

// An article table: a few rows of field bounds and indexes into dictionaries of these sizes.
const limitsArb = fc.record({ people: fc.nat(4), places: fc.nat(4), names: fc.nat(4) });
const refRow = (limit: number) => (limit === 0 ? fc.constant([]) : fc.uniqueArray(fc.nat(limit - 1), { maxLength: limit }));
const rowsArb = (limits: RefLimits) =>
  fc.array(fc.tuple(fc.nat(6), fc.nat(6), fc.integer({ min: 3, max: 40 }), refRow(limits.people), refRow(limits.places), refRow(limits.names)), { minLength: 1, maxLength: 12 });
const tableArb = limitsArb.chain((limits) =>
  rowsArb(limits).map((rows): [TableRows, RefLimits] => [
    {
      bounds: Int32Array.from(rows.flatMap(([t, h, b]) => [t, t + h, t + h + b])),
      people: toRefs(rows.map((r) => r[3])),
      places: toRefs(rows.map((r) => r[4])),
      names: toRefs(rows.map((r) => r[5])),
    },
    limits,
  ]),
);

/** Postings of one key over the table's articles: some ids, each with some positions inside it. */
const postingsArb = (bounds: Int32Array) => {
  const docs = Array.from({ length: bounds.length / 3 }, (_, id) => fc.option(fc.uniqueArray(fc.nat(bounds[id * 3 + 2]! - 2), { minLength: 1, maxLength: 5 }), { freq: 2 }));
  return fc.tuple(...docs).map((perDoc) => perDoc.map((p, id) => [id, (p ?? []).sort((a, b) => a - b)] as const).filter(([, p]) => p.length > 0));
};
const keyArb = (bounds: Int32Array) =>
  fc.uniqueArray(fc.nat(0xffffffff), { minLength: 1, maxLength: 5 }).chain((keys) =>
    fc.tuple(...keys.sort((a, b) => a - b).map((key) => postingsArb(bounds).filter((p) => p.length > 0).map((p) => [key, p] as const))),
  );
const chunkArb = tableArb.chain(([rows]) => keyArb(rows.bounds).map((keys) => ({ bounds: rows.bounds, keys })));

type KeyPostings = readonly (readonly [number, readonly (readonly [number, number[]])[]])[];

function encodeKeys(keys: KeyPostings): Uint8Array {
  return encodeChunk(
    keys.map(([key, docs]) => {
      const out = new VarintWriter();
      let last = -1;
      for (const [id, positions] of docs) {
        writePostings(out, id - last, positions, 0, positions.length);
        last = id;
      }
      return [key, out.result().slice()];
    }),
  );
}

const entryOf = (file: Uint8Array, keys: KeyPostings): ChunkEntry => ({ bytes: file.length, firstKey: keys[0]![0], endKey: Infinity });
const asPlain = (p: Postings) => ({ ids: [...p.ids], starts: [...p.starts], positions: [...p.positions] });

/** Every key's postings of a chunk, decoded as the worker does. */
function decodeAll(file: Uint8Array, entry: ChunkEntry, bounds: Int32Array) {
  return [...decodeChunk(file, entry)].map(([key, bytes]) => [key, asPlain(decodePostings(bytes, bounds))] as const);
}

// One change to a file: what kind, where (taken modulo its length) and with what.
const mutationArb = fc.record({ kind: fc.constantFrom('flip', 'set', 'insert', 'delete', 'truncate', 'extend'), at: fc.nat(), value: fc.nat(255) });
type Mutation = { kind: string; at: number; value: number };
function mutate(bytes: Uint8Array, { kind, at, value }: Mutation): Uint8Array {
  const i = bytes.length === 0 ? 0 : at % bytes.length;
  const copy = [...bytes];
  if (kind === 'flip') copy[i] = copy[i]! ^ (1 << value % 8);
  if (kind === 'set') copy[i] = value;
  if (kind === 'insert') copy.splice(i, 0, value);
  if (kind === 'delete') copy.splice(i, 1);
  if (kind === 'truncate') copy.length = i;
  if (kind === 'extend') copy.push(...Array.from({ length: 1 + (value % 8) }, (_, k) => (value * (k + 1)) & 0xff));
  return Uint8Array.from(copy);
}

/** The outcome of decoding: its result, or 'damaged'; any other exception fails the property. */
function outcome<T>(decode: () => T): T | 'damaged' {
  try {
    return decode();
  } catch (error) {
    if (error instanceof CorruptIndexError) return 'damaged';
    throw error;
  }
}

describe('index chunks', () => {
  it('round-trip any postings', () => {
    fc.assert(
      fc.property(chunkArb, ({ bounds, keys }) => {
        const file = encodeKeys(keys);
        const decoded = decodeAll(file, entryOf(file, keys), bounds);
        expect(decoded.map(([key, p]) => [key, p.ids])).toEqual(keys.map(([key, docs]) => [key, docs.map(([id]) => id)]));
        expect(decoded.map(([, p]) => p.positions)).toEqual(keys.map(([, docs]) => docs.flatMap(([, pos]) => pos)));
      }),
      runs(300),
    );
  });

  it('decode any changed file to exactly the original or the damaged-index error', () => {
    fc.assert(
      fc.property(chunkArb, mutationArb, ({ bounds, keys }, mutation) => {
        const file = encodeKeys(keys);
        const entry = entryOf(file, keys);
        const result = outcome(() => decodeAll(mutate(file, mutation), entry, bounds));
        if (result !== 'damaged') expect(result).toEqual(decodeAll(file, entry, bounds));
      }),
      runs(3000),
    );
  });

  it('refuse ids and positions out of bounds even when the checksum and the manifest agree with the damage', () => {
    fc.assert(
      fc.property(chunkArb, mutationArb, ({ bounds, keys }, mutation) => {
        const file = encodeKeys(keys);
        const resealed = seal(mutate(file.subarray(0, file.length - TRAILER_BYTES), mutation));
        const result = outcome(() => decodeAll(resealed, { ...entryOf(file, keys), bytes: resealed.length }, bounds));
        if (result === 'damaged') return;
        for (const [, { ids, positions, starts }] of result) {
          ids.forEach((id, r) => {
            expect(id).toBeLessThan(bounds.length / 3);
            for (let a = starts[r]!; a < starts[r + 1]!; a++) expect(positions[a]).toBeLessThan(bounds[id * 3 + 2]! - 1);
          });
        }
      }),
      runs(2000),
    );
  });

  it('refuse a chunk whose size or keys differ from the manifest', () => {
    const file = encodeKeys([[7, [[0, [1]]]]]);
    const bounds = Int32Array.from([2, 4, 10]);
    expect(() => decodeChunk(file, { bytes: file.length + 1, firstKey: 7, endKey: 9 })).toThrow(/字节/);
    expect(() => decodeChunk(file, { bytes: file.length, firstKey: 6, endKey: 9 })).toThrow(CorruptIndexError);
    expect(() => decodeChunk(file, { bytes: file.length, firstKey: 7, endKey: 7 })).not.toThrow();
    expect(() => decodePostings(decodeChunk(file, { bytes: file.length, firstKey: 7, endKey: 9 }).get(7)!, bounds.subarray(0, 0))).toThrow(CorruptIndexError);
  });
});

describe('the article table', () => {
  it('round-trips any rows', () => {
    fc.assert(
      fc.property(tableArb, ([rows, limits]) => {
        expect(decodeTable(encodeTable(rows), rows.bounds.length / 3, limits)).toEqual(rows);
      }),
      runs(300),
    );
  });

  // One of the two files changed, the other as written.
  const fileArb = fc.constantFrom<keyof EncodedTable>('bounds', 'refs');
  const changed = (files: EncodedTable, which: keyof EncodedTable, change: (file: Uint8Array) => Uint8Array): EncodedTable => ({ ...files, [which]: change(files[which]) });

  it('decodes any changed file to exactly the original or the damaged-index error', () => {
    fc.assert(
      fc.property(tableArb, fileArb, mutationArb, ([rows, limits], which, mutation) => {
        const result = outcome(() => decodeTable(changed(encodeTable(rows), which, (f) => mutate(f, mutation)), rows.bounds.length / 3, limits));
        if (result !== 'damaged') expect(result).toEqual(rows);
      }),
      runs(3000),
    );
  });

  it('never points past its dictionaries, even when the checksum agrees with the damage', () => {
    fc.assert(
      fc.property(tableArb, fileArb, mutationArb, ([rows, limits], which, mutation) => {
        const resealed = changed(encodeTable(rows), which, (f) => seal(mutate(f.subarray(0, f.length - TRAILER_BYTES), mutation)));
        const result = outcome(() => decodeTable(resealed, rows.bounds.length / 3, limits));
        if (result === 'damaged') return;
        expect(result.bounds.length).toBe(rows.bounds.length);
        for (const kind of ['people', 'places', 'names'] as const) for (const v of result[kind].values) expect(v).toBeLessThan(limits[kind]);
      }),
      runs(2000),
    );
  });
});
