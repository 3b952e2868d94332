import { describe, expect, it } from 'vitest';
import { article, issue } from '../../../../tests/fixtures/issues.ts';
import { buildDocs, buildPostings, buildSearchFiles, chunkPostings, indexArticles } from '../../../pipeline/steps/build-index.ts';
import { keyAt } from '../../../schema/search.ts';
import { isSearchManifest, searchManifestSchema } from '../../../schema/search-data.ts';
import { encodeChunk } from '../../../schema/search-postings.ts';
import { CorruptIndexError } from '../../../schema/varint.ts';
import { PostingsStore } from './postings-store.ts';

const issues = [issue('2021-01-20', [article('a', '株洲新闻', '株洲日报讯 市委书记在株洲讲话。'), article('b', '经济发展', '国家主席会见。株洲的经济发展。')])];
const texts = indexArticles(issues).map((a) => a.indexed.text);
const { bounds } = buildDocs(issues).rows;
// Tiny chunks, so that a query touches several and the cache's bound is felt.
const chunks = chunkPostings(buildPostings(texts), 8).map(encodeChunk);
const built = searchManifestSchema.parse(JSON.parse(String(buildSearchFiles(issues).find((f) => isSearchManifest(f.path))!.content)));
const manifest = { ...built, chunks: chunkPostings(buildPostings(texts), 8).map((c, n): [number, number, string] => [c[0]![0], chunks[n]!.length, '00000000']) };

/** A store over the chunks, recording each load as [n, fresh]; `serve` may hand out other bytes. */
function storeWith(serve = (n: number, _fresh: boolean) => chunks[n]!, maxBytes?: number, table = bounds) {
  const loads: [number, boolean][] = [];
  const store = new PostingsStore(manifest, async (n, fresh) => (loads.push([n, fresh]), serve(n, fresh)), async () => table, maxBytes);
  return { store, loads };
}

describe('PostingsStore', () => {
  it('raises the damaged-index error for a damaged chunk, and fetches it afresh on the next try', async () => {
    const key = keyAt('株洲', 0);
    const { store, loads } = storeWith((n, fresh) => (fresh ? chunks[n]! : chunks[n]!.map((b, i) => (i === 5 ? b ^ 1 : b))));
    await expect(store.postings(key)).rejects.toThrow(CorruptIndexError);
    const postings = await store.postings(key);
    expect([...postings!.ids]).toEqual([0, 1]);
    expect(loads.map(([, fresh]) => fresh)).toEqual([false, true]);
  });

  it('refuses postings that point past the table, as the damaged-index error, and drops the chunk', async () => {
    const key = keyAt('株洲', 0);
    const { store, loads } = storeWith(undefined, undefined, bounds.subarray(0, 3));
    await expect(store.postings(key)).rejects.toThrow(CorruptIndexError);
    expect(store.keptBytes).toBe(0);
    await expect(store.postings(key)).rejects.toThrow(CorruptIndexError);
    expect(loads.map(([, fresh]) => fresh)).toEqual([false, true]);
  });

  it('keeps chunks and postings within its bound, fetching an evicted chunk again when needed', async () => {
    const bound = Math.max(...chunks.map((c) => c.length)) * 3;
    const { store, loads } = storeWith(undefined, bound);
    const keys = texts.flatMap((t) => Array.from({ length: t.length - 1 }, (_, i) => keyAt(t, i)));
    for (const key of keys) {
      expect(await store.postings(key)).toBeDefined();
      expect(store.keptBytes).toBeLessThanOrEqual(bound);
    }
    expect(store.keptBytes).toBeGreaterThan(0);
    await store.postings(keys[0]!);
    const fetched = loads.filter(([n]) => n === store.chunkOf(keys[0]!));
    expect(fetched.length).toBeGreaterThan(1);
    expect(chunks.length).toBeGreaterThan(6);
  });
});
