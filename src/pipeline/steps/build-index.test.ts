import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Article, type Issue } from '../../schema/issue.ts';
import { searchManifestSchema, searchShardSchema } from '../../schema/search-data.ts';
import { buildSearchFiles, peopleOf, searchDoc } from './build-index.ts';

const article = (id: string, title: string, text: string, extra: Partial<Article> = {}): Article => ({
  id,
  kind: 'story',
  title,
  titleDerived: false,
  subtitles: [],
  byline: [],
  paragraphs: [{ kind: 'text', text }],
  mentions: [],
  ...extra,
});
const issue = (date: string, articles: Article[]): Issue => ({
  schemaVersion: SCHEMA_VERSION,
  id: date,
  date,
  dateSource: 'inferred',
  source: `${date}.txt`,
  paper: '株洲日报',
  articles,
});

describe('searchDoc', () => {
  it('keeps the searchable fields, byline names once, and mentioned entities by id', () => {
    const doc = searchDoc(
      issue('2021-01-20', []),
      article('a1', '标题', '第一段', {
        kicker: '引题',
        paragraphs: [{ kind: 'text', text: '第一段' }, { kind: 'text', text: '第二段' }],
        byline: [
          { role: 'reporter', label: '记者', name: '陈正明' },
          { role: 'photographer', label: '摄', name: '陈正明' },
        ],
        mentions: [
          { type: 'person', entityId: 'p1', name: '毛腾飞', field: 'title', paragraph: 0, start: 0, end: 3 },
          { type: 'person', entityId: 'p1', name: '毛腾飞', field: 'paragraph', paragraph: 1, start: 0, end: 3 },
          { type: 'place', entityId: 'l1', name: '天元区', field: 'paragraph', paragraph: 0, start: 0, end: 3 },
        ],
      }),
    );
    expect(doc).toMatchObject({ issueId: '2021-01-20', articleId: 'a1', kicker: '引题', body: '第一段\n第二段', names: ['陈正明'] });
    expect(doc.people).toEqual([['p1', '毛腾飞']]);
    expect(doc.places).toEqual([['l1', '天元区']]);
  });
});

describe('peopleOf', () => {
  it('gives each name its pinyin and initials, most frequent first', () => {
    const docs = [
      searchDoc(issue('2020-01-01', []), article('a', 't', 'x', { byline: [{ role: 'reporter', label: '记者', name: '陈正明' }] })),
      searchDoc(issue('2020-01-02', []), article('b', 't', 'x', {
        byline: [{ role: 'reporter', label: '记者', name: '陈正明' }],
        mentions: [{ type: 'person', entityId: 'p', name: '毛腾飞', field: 'title', paragraph: 0, start: 0, end: 3 }],
      })),
    ];
    expect(peopleOf(docs)).toEqual([
      { name: '陈正明', pinyin: 'chenzhengming', initials: 'czm', count: 2 },
      { name: '毛腾飞', pinyin: 'maotengfei', initials: 'mtf', count: 1 },
    ]);
  });
});

describe('buildSearchFiles', () => {
  const files = buildSearchFiles([
    issue('2020-11-05', [article('a', '株洲新闻', '二〇二〇年的事')]),
    issue('2021-01-20', [article('b', '旧闻', '株洲日报讯 5G网络'), article('c', '第三篇', '正文')]),
    issue('2020-11-02', [article('d', '秋天', '正文')]),
  ]);

  it('writes one valid shard per month, newest first, and a manifest with their sizes', () => {
    expect(files.map((f) => f.path)).toEqual(['search/2021-01.json', 'search/2020-11.json', 'search/manifest.json']);
    const manifest = searchManifestSchema.parse(JSON.parse(files.at(-1)!.content));
    expect(manifest.docCount).toBe(4);
    expect(manifest.shards.map((s) => [s.period, s.docCount, s.firstDate, s.lastDate])).toEqual([
      ['2021-01', 2, '2021-01-20', '2021-01-20'],
      ['2020-11', 2, '2020-11-02', '2020-11-05'],
    ]);
    for (const entry of manifest.shards) {
      const content = files.find((f) => f.path === entry.file)!.content;
      expect(entry.bytes).toBe(Buffer.byteLength(content));
      expect(entry.gzipBytes).toBeLessThan(entry.bytes);
      const shard = searchShardSchema.parse(JSON.parse(content));
      expect(shard.index.documentCount).toBe(entry.docCount);
    }
  });

  it('keeps docs newest first within a shard', () => {
    const shard = searchShardSchema.parse(JSON.parse(files[1]!.content));
    expect(shard.docs.map((d) => d.date)).toEqual(['2020-11-05', '2020-11-02']);
  });
});
