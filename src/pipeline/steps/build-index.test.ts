import { describe, expect, it } from 'vitest';
import { article, issue, mention } from '../../../tests/fixtures/issues.ts';
import { indexedText, keyAt, searchFieldsOf } from '../../schema/search.ts';
import { chunkEntryOf, searchDocsSchema, searchManifestSchema } from '../../schema/search-data.ts';
import { decodeChunk, decodePostings } from '../../schema/search-postings.ts';
import { CorruptIndexError } from '../../schema/varint.ts';
import { decodeBounds, decodeRefs, decodeTable, encodeTable, rowOf, type Refs } from '../../schema/search-table.ts';
import { buildDocs, buildPostings, buildSearchFiles, chunkPostings, indexArticles, newestFirst, peopleOf } from './build-index.ts';

const issues = newestFirst([
  issue('2020-11-05', [article('a', '株洲新闻', '二〇二〇年的事')]),
  issue('2021-01-20', [
    article('b', '旧闻', '株洲日报讯 5G网络', { kicker: '引题', byline: [{ role: 'reporter', label: '记者', name: '陈正明' }, { role: 'photographer', label: '摄', name: '陈正明' }] }),
    article('c', '第三篇', '正文', { mentions: [mention('person', 'p1', '毛腾飞'), mention('person', 'p1', '毛腾飞'), mention('place', 'l1', '天元区')] }),
  ]),
]);

describe('searchFieldsOf and indexedText', () => {
  it('keeps byline names once and ends every field with a line break', () => {
    const fields = searchFieldsOf(issues[0]!.articles[0]!);
    expect(fields).toMatchObject({ title: '旧闻', kicker: '引题', names: ['陈正明'], body: '株洲日报讯 5G网络' });
    expect(indexedText(fields)).toEqual({ text: '旧闻\n引题\n陈正明\n株洲日报讯 5g网络\n', titleEnd: 2, headingEnd: 9 });
  });
});

describe('buildDocs', () => {
  it('numbers articles newest issue first, in print order, with their entities by index', () => {
    const { docs: unchecked, rows } = buildDocs(issues);
    const docs = searchDocsSchema.parse(unchecked);
    const row = (refs: Refs) => [0, 1, 2].map((i) => [...rowOf(refs, i)]);
    expect(docs.issues).toEqual([['2021-01-20', '2021-01-20', 2], ['2020-11-05', '2020-11-05', 1]]);
    expect(Array.from(rows.bounds.subarray(0, 3))).toEqual([2, 9, 21]);
    expect(row(rows.people)).toEqual([[], [0], []]);
    expect(docs.entities.people).toEqual([['p1', '毛腾飞']]);
    expect(row(rows.places)[1]!.map((i) => docs.entities.places[i])).toEqual([['l1', '天元区']]);
    expect(row(rows.names)[0]!.map((i) => docs.entities.names[i])).toEqual(['陈正明']);
  });
});

describe('buildPostings', () => {
  it('records every pair of characters with the article and every position', () => {
    const postings = new Map(buildPostings(indexArticles(issues).map((a) => a.indexed.text)));
    const zhuzhou = decodePostings(postings.get(keyAt('株洲', 0))!, buildDocs(issues).rows.bounds);
    // 株洲 is in article 0's body (after 旧闻\n引题\n陈正明\n) and in article 2's title.
    expect([...zhuzhou.ids]).toEqual([0, 2]);
    expect([...zhuzhou.positions]).toEqual([10, 0]);
    const keys = [...postings.keys()];
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('chunkPostings and buildSearchFiles', () => {
  it('cuts keys into ascending chunks near the target size', () => {
    const entries: [number, Uint8Array][] = [1, 2, 3, 4, 5].map((k) => [k, new Uint8Array(k * 10)]);
    expect(chunkPostings(entries, 35).map((c) => c.map(([k]) => k))).toEqual([[1, 2], [3], [4], [5]]);
  });

  it('writes decodable chunks, a valid table and a manifest that describes them', () => {
    const files = buildSearchFiles(issues);
    const manifest = searchManifestSchema.parse(JSON.parse(String(files.at(-1)!.content)));
    expect(manifest.docCount).toBe(3);
    const chunks = files.filter((f) => f.path.includes('/chunks/'));
    expect(chunks).toHaveLength(manifest.chunks.length);
    chunks.forEach((file, n) => {
      const keys = [...decodeChunk(file.content as Uint8Array, chunkEntryOf(manifest, n)).keys()];
      expect(keys[0]).toBe(manifest.chunks[n]![0]);
      expect(manifest.chunks[n]![1]).toBe(file.content.length);
    });
  });
});

describe('peopleOf', () => {
  it('gives each name its pinyin and initials, most frequent first', () => {
    expect(peopleOf(buildDocs(issues))).toEqual([
      { name: '毛腾飞', pinyin: 'maotengfei', initials: 'mtf', count: 1 },
      { name: '陈正明', pinyin: 'chenzhengming', initials: 'czm', count: 1 },
    ]);
  });
});

describe('encodeTable and decodeTable', () => {
  const { docs, rows } = buildDocs(issues);
  const limits = { people: docs.entities.people.length, places: docs.entities.places.length, names: docs.entities.names.length };
  const bytes = encodeTable(rows);

  it('round-trips the rows', () => {
    expect(decodeTable(bytes, 3, limits)).toEqual(rows);
  });

  it('refuses a table that is cut short, runs on, has other rows than docs.json, or points past its entities', () => {
    for (const which of ['bounds', 'refs'] as const) {
      const file = bytes[which];
      expect(() => decodeTable({ ...bytes, [which]: file.subarray(0, file.length - 1) }, 3, limits)).toThrow(CorruptIndexError);
      expect(() => decodeTable({ ...bytes, [which]: Uint8Array.from([...file, 0]) }, 3, limits)).toThrow(CorruptIndexError);
    }
    expect(() => decodeTable(bytes, 2, limits)).toThrow(/3 行，应为 2 行/);
    expect(() => decodeRefs(bytes.refs, 2, limits)).toThrow(/3 行，应为 2 行/);
    expect(() => decodeTable(bytes, 3, { ...limits, places: 0 })).toThrow(/超出范围/);
  });

  it('keeps what ranking needs apart: docs.bin is a fraction of the table', () => {
    expect(decodeBounds(bytes.bounds, 3)).toEqual(rows.bounds);
    expect(bytes.bounds.length).toBeLessThan(bytes.refs.length);
  });
});
