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
  const built = buildManifest(issues);
  const { years } = built;
  // Hashes as the build records them once each file is written: here, made up from the name.
  const hashOf = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0').slice(0, 8);
  const links = {
    issueHash: (id: string) => hashOf(id),
    yearFile: (year: number) => `manifest/${year}.${hashOf(String(year))}.json`,
    entities: `entities/list.${hashOf('list')}.json`,
    search: `search/manifest.${hashOf('search')}.json`,
  };
  const manifest = built.manifest(links);

  it('keeps only id, date and file hash per issue in the entry file, newest first, suffixed twins newest first', () => {
    expect(manifest.issues).toEqual(
      ['2020-01-02-2', '2020-01-02', '2020-01-01', '2019-12-31'].map((id) => ({ id, date: id.slice(0, 10), hash: hashOf(id) })),
    );
  });

  it('names the entity list and the search index it was given', () => {
    expect(manifest.entities).toBe(links.entities);
    expect(manifest.search).toBe(links.search);
  });

  it('refuses a link that is not a content-named file', () => {
    expect(() => built.manifest({ ...links, search: 'search/manifest.json' })).toThrow();
    expect(() => built.manifest({ ...links, issueHash: () => 'xyz' })).toThrow();
  });

  it('points to one volume per year, newest first, each with the detail of its issues', () => {
    expect(manifest.years).toEqual([
      { year: 2020, file: links.yearFile(2020), issueCount: 3 },
      { year: 2019, file: links.yearFile(2019), issueCount: 1 },
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
    const empty = buildManifest([]);
    expect(empty.years).toEqual([]);
    expect(empty.manifest(links)).toEqual({ schemaVersion: SCHEMA_VERSION, issues: [], years: [], entities: links.entities, search: links.search });
  });
});
