import { describe, expect, it } from 'vitest';
import { ByteLru } from './byte-lru.ts';

describe('ByteLru', () => {
  it('evicts the least recently used first, counting bytes', () => {
    const lru = new ByteLru<string, number>(10);
    lru.set('a', 1, 4);
    lru.set('b', 2, 4);
    expect(lru.get('a')).toBe(1); // a is now newer than b
    lru.set('c', 3, 4);
    expect(lru.keys()).toEqual(['a', 'c']);
    expect(lru.bytes).toBe(8);
    expect(lru.get('b')).toBeUndefined();
  });

  it('replaces an entry without counting it twice, and forgets deleted ones', () => {
    const lru = new ByteLru<string, number>(10);
    lru.set('a', 1, 4);
    lru.set('a', 2, 6);
    expect(lru.bytes).toBe(6);
    expect(lru.get('a')).toBe(2);
    lru.delete('a');
    lru.delete('missing');
    expect([lru.bytes, lru.size]).toEqual([0, 0]);
  });

  it('does not keep an entry larger than the bound, nor evict the others for it', () => {
    const lru = new ByteLru<string, number>(10);
    lru.set('a', 1, 3);
    lru.set('huge', 2, 11);
    expect(lru.keys()).toEqual(['a']);
    expect(lru.bytes).toBe(3);
    lru.set('full', 3, 10);
    expect(lru.keys()).toEqual(['full']);
  });

  it('accounts for an entry that grows, evicting others (never it) to make room', () => {
    const lru = new ByteLru<string, number>(10);
    lru.set('a', 1, 3);
    lru.set('b', 2, 3);
    lru.resize('a', 4); // a: 7 bytes, b: 3
    expect(lru.bytes).toBe(10);
    lru.resize('a', 1);
    expect(lru.keys()).toEqual(['a']);
    expect(lru.bytes).toBe(8);
    lru.resize('a', 3);
    expect([lru.bytes, lru.size]).toEqual([0, 0]);
    lru.resize('gone', 5);
    expect(lru.bytes).toBe(0);
  });
});
