import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capQuery, MAX_QUERY_LENGTH, readSearchState, searchQueryString } from './url-state';

describe('the query cap', () => {
  it('keeps a query up to the cap whole', () => {
    expect(capQuery('株洲 轨道交通')).toBe('株洲 轨道交通');
    const exact = '株'.repeat(MAX_QUERY_LENGTH);
    expect(capQuery(exact)).toBe(exact);
  });

  it('cuts a longer one to the cap, never through a character outside the BMP', () => {
    expect(capQuery('株'.repeat(20_000))).toBe('株'.repeat(MAX_QUERY_LENGTH));
    // 𠮷 is two UTF-16 units: its first half alone at the end would be a broken character.
    const query = `${'株'.repeat(MAX_QUERY_LENGTH - 1)}𠮷`;
    expect(capQuery(query)).toBe('株'.repeat(MAX_QUERY_LENGTH - 1));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (q) => {
        const capped = capQuery(q);
        expect(capped.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(q.startsWith(capped)).toBe(true);
        expect(capped).not.toMatch(/[\uD800-\uDBFF]$/);
      }),
    );
  });

  it('reads a too-long q in a URL as the capped query, so the URL written back can be reloaded', () => {
    const state = readSearchState(new URLSearchParams({ q: 'a'.repeat(20_000), sort: 'date' }));
    expect(state.q).toBe('a'.repeat(MAX_QUERY_LENGTH));
    expect(state.sort).toBe('date');
    // 100 Chinese characters percent-encode to ~900 bytes: far below what any host accepts.
    const written = searchQueryString(readSearchState(new URLSearchParams({ q: '株'.repeat(20_000) })));
    expect(written.length).toBeLessThan(1_000);
  });
});
