import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from './key-table.ts';

describe('KeyTable', () => {
  it('numbers distinct keys in order of first sight, through growth, like a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 3000 }), (keys) => {
        const table = new KeyTable(2);
        const reference = new Map<number, number>();
        for (const key of keys) {
          if (!reference.has(key)) reference.set(key, reference.size);
          expect(table.id(key)).toBe(reference.get(key));
        }
        expect(table.keys).toEqual([...reference.keys()]);
      }),
      { numRuns: 50 },
    );
  });
});
