import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorruptIndexError, VARINT_MAX, VarintReader, VarintWriter } from './varint.ts';

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
