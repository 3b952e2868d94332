import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Article, type Issue } from '../../schema/issue.ts';
import { buildManifest } from './build-manifest.ts';

const article = (title: string, extra: Partial<Article> = {}): Article => ({
  id: title, kind: 'story', title, titleDerived: false, subtitles: [], byline: [], paragraphs: [{ kind: 'text', text: title }], mentions: [], ...extra,
});
const issue = (id: string, articles: Article[], edition?: string): Issue => ({
  schemaVersion: SCHEMA_VERSION, id, date: id.slice(0, 10), dateSource: 'inferred', source: `${id}.txt`, paper: '某报', articles, ...(edition ? { edition } : {}),
});

describe('buildManifest', () => {
  const issues = [
    issue('2019-12-31', [article('旧年最后一期')]),
    issue('2020-01-02', [article('二日'), article('二日之二')], 'A1'),
    issue('2020-01-02-2', [article('二日增刊')]),
    issue('2020-01-01', [article('一日')]),
  ];
  const { manifest, years } = buildManifest(issues);

  it('keeps only id and date per issue in the entry file, newest first, suffixed twins newest first', () => {
    expect(manifest.issues).toEqual([
      { id: '2020-01-02-2', date: '2020-01-02' },
      { id: '2020-01-02', date: '2020-01-02' },
      { id: '2020-01-01', date: '2020-01-01' },
      { id: '2019-12-31', date: '2019-12-31' },
    ]);
  });

  it('points to one volume per year, newest first, each with the detail of its issues', () => {
    expect(manifest.years).toEqual([
      { year: 2020, file: 'manifest/2020.json', issueCount: 3 },
      { year: 2019, file: 'manifest/2019.json', issueCount: 1 },
    ]);
    expect(years.map((y) => y.year)).toEqual([2020, 2019]);
    expect(years[0]!.issues.map((i) => i.id)).toEqual(['2020-01-02-2', '2020-01-02', '2020-01-01']);
    expect(years[0]!.issues[1]).toEqual({
      id: '2020-01-02', date: '2020-01-02', source: '2020-01-02.txt', paper: '某报', edition: 'A1', articleCount: 2, headline: '二日',
    });
    expect(years[0]!.issues[0]).not.toHaveProperty('edition');
  });

  it('names the first story with a printed title as the headline, not a derived one or a notice', () => {
    const { years: [volume] } = buildManifest([
      issue('2021-05-05', [article('启事', { kind: 'notice' }), article('无题报道', { titleDerived: true }), article('真正的头条')]),
      issue('2021-05-06', [article('只有启事', { kind: 'notice' })]),
    ]);
    expect(volume!.issues.map((i) => i.headline)).toEqual(['只有启事', '真正的头条']);
  });

  it('gives an empty archive an empty manifest', () => {
    expect(buildManifest([])).toEqual({ manifest: { schemaVersion: SCHEMA_VERSION, issues: [], years: [] }, years: [] });
  });
});
