import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, seal, TRAILER_BYTES, unseal } from './checksum.ts';
import { CorruptIndexError } from './varint.ts';

/** The textbook bit-at-a-time CRC-32, to check the table-driven one against. */
function slowCrc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('gives the standard check value and agrees with the bitwise definition on any bytes', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(3), (bytes, offset) => {
        // At an odd offset into its buffer, too: the worker hands it subarrays.
        const shifted = new Uint8Array(bytes.length + offset);
        shifted.set(bytes, offset);
        expect(crc32(shifted.subarray(offset))).toBe(slowCrc32(bytes));
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('seal and unseal', () => {
  it('give back the content, and refuse any single changed bit or a trailer that is missing', () => {
    const content = Uint8Array.from([1, 2, 3, 200, 0, 7]);
    const file = seal(content);
    expect(file.length).toBe(content.length + TRAILER_BYTES);
    expect(unseal(file, '文件')).toEqual(content);
    for (let bit = 0; bit < file.length * 8; bit++) {
      const copy = file.slice();
      copy[bit >> 3]! ^= 1 << (bit & 7);
      expect(() => unseal(copy, '文件')).toThrow(CorruptIndexError);
    }
    expect(() => unseal(file.subarray(0, 3), '文件')).toThrow(/过短/);
  });
});
