import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorruptIndexError, decodeVarints, VARINT_MAX, VarintReader, VarintWriter } from './varint.ts';

const readAll = (bytes: Uint8Array) => {
  const input = new VarintReader(bytes, '测试');
  const out: number[] = [];
  while (!input.done) out.push(input.next());
  return out;
};

describe('varints', () => {
  it('round-trip any numbers from 0 to VARINT_MAX', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(200), fc.nat(VARINT_MAX))), (values) => {
        const out = new VarintWriter();
        values.forEach((v) => out.write(v));
        expect(readAll(out.result())).toEqual(values);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('read any bytes as numbers up to VARINT_MAX or raise CorruptIndexError, never read past the end', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        try {
          for (const v of readAll(bytes)) expect(v).toBeLessThanOrEqual(VARINT_MAX);
        } catch (error) {
          expect(error).toBeInstanceOf(CorruptIndexError);
        }
      }),
      { seed: 11, numRuns: 2000 },
    );
    expect(() => readAll(Uint8Array.from([0x80]))).toThrow(CorruptIndexError);
    expect(() => readAll(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x08]))).toThrow(CorruptIndexError);
  });

  it('refuse to write what a reader could not hold', () => {
    const out = new VarintWriter();
    for (const bad of [-1, 0.5, VARINT_MAX + 1, NaN]) expect(() => out.write(bad)).toThrow(RangeError);
  });
});

describe('decodeVarints', () => {
  /** Every varint of `bytes` through VarintReader, or the error it raises. */
  const byReader = (bytes: Uint8Array): number[] | Error => {
    const input = new VarintReader(bytes, 'x');
    const out: number[] = [];
    try {
      while (!input.done) out.push(input.next());
    } catch (error) {
      return error as Error;
    }
    return out;
  };

  it('reads what VarintReader reads, and refuses what it refuses, on any bytes', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.array(fc.integer({ min: 0, max: VARINT_MAX }), { maxLength: 20 }).map((values) => {
        const out = new VarintWriter();
        values.forEach((v) => out.write(v));
        return out.result().slice();
      }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const expected = byReader(b);
        if (expected instanceof Error) expect(() => decodeVarints(b, 'x')).toThrow(CorruptIndexError);
        else expect([...decodeVarints(b, 'x')]).toEqual(expected);
      }),
      { numRuns: 3000, seed: 14 },
    );
  });
});
