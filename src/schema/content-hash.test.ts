import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesOf, contentHash, HASH_CHARS, hashInName, nameHash, withHash } from './content-hash';

describe('contentHash', () => {
  it('is 16 hex digits and depends only on the bytes', () => {
    const h = contentHash(bytesOf('株洲日报'));
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(new Uint8Array(bytesOf('株洲日报')))).toBe(h);
    // The same input hashes the same in the pipeline, the page and the worker, today and after a
    // refactor: a change here renames every deployed file.
    expect([contentHash(new Uint8Array()), contentHash(bytesOf('a')), contentHash(bytesOf('abcd'))]).toEqual(['fdb3c5130fb0c7fe', '5710295e2e7fb416', '81c847421349085d']);
  });

  it('reads a subarray at any offset as its own bytes', () => {
    const bytes = bytesOf('0123456789abcdef');
    expect(contentHash(bytes.subarray(3, 11))).toBe(contentHash(bytesOf('3456789a')));
  });

  it('changes when any single byte changes, at any length and position', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, delta) => {
        const changed = bytes.slice();
        const i = at % bytes.length;
        changed[i] = (changed[i]! + delta) & 255;
        expect(nameHash(changed)).not.toBe(nameHash(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('changes when bytes are added or dropped, even zeros', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const longer = new Uint8Array(bytes.length + 1);
        longer.set(bytes);
        expect(contentHash(longer)).not.toBe(contentHash(bytes));
        if (bytes.length) expect(contentHash(bytes.subarray(1))).not.toBe(contentHash(bytes));
      }),
    );
  });
});

describe('names', () => {
  it('puts the hash before the extension and reads it back from a path or URL', () => {
    const h = 'a'.repeat(HASH_CHARS);
    expect(withHash('issues/2020-11-05.json', h)).toBe(`issues/2020-11-05.${h}.json`);
    expect(withHash('search/chunks/12.bin', h)).toBe(`search/chunks/12.${h}.bin`);
    expect(hashInName(`/data/entities/person/%E9%99%88.${h}.json?x=1`)).toBe(h);
    expect(hashInName('/data/manifest.json')).toBeUndefined();
    expect(hashInName('/data/issues/2020-11-05.json')).toBeUndefined();
  });
});
