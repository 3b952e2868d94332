import { describe, expect, it } from 'vitest';
import { article, issue, mention } from '../../../../tests/fixtures/issues.ts';
import { buildSearchFiles } from '../../../pipeline/steps/build-index.ts';
import { parseQuery } from '../../../schema/search-query.ts';
import { readSearchState, searchQueryString } from '../url-state.ts';
import { isReadable, StaleIndexError } from './answer.ts';
import { inMemorySearch } from './in-memory.ts';
import { pageOfHits, PAGE_SIZE, topHits } from './results.ts';
import { pinyinSuggestions } from './suggest.ts';

const issues = [
  issue('2021-01-20', [article('c', '株洲发展', '株洲日报讯 株洲的发展。', { byline: [{ role: 'reporter', label: '记者', name: '陈正明' }], mentions: [mention('place', 'l1', '株洲')] })]),
  issue('2020-11-05', [article('a', '会议召开', '市委书记在株洲讲话。株洲 5G 网络。', { mentions: [mention('person', 'p1', '毛腾飞')] })]),
  issue('2020-11-02', [article('b', '另一篇', '与株无关的洲。')]),
];
const search = inMemorySearch(buildSearchFiles(issues), issues);
// Every result of these fixtures is readable: one that is not fails the test with its reason.
const request = async (q: string, extra = {}) => {
  const found = await search.answer({ terms: parseQuery(q), q, filters: {}, sort: 'relevance' as const, page: 1, ...extra });
  return { ...found, results: found.results.map((r) => (isReadable(r) ? r : expect.fail(r.unreadable))) };
};

describe('answer', () => {
  it('refuses to mark up text the index was not built from (issue files newer than the index), only in that result', async () => {
    const edited = issues.map((i, k) => (k > 0 ? i : { ...i, articles: i.articles.map((a) => ({ ...a, title: `${a.title}（更正）` })) }));
    const stale = inMemorySearch(buildSearchFiles(issues), edited);
    const result = await stale.answer({ terms: parseQuery('株洲'), q: '株洲', filters: {}, sort: 'relevance', page: 1 });
    expect(result.total).toBe(2);
    expect(result.results).toEqual([{ issueId: '2021-01-20', date: '2021-01-20', unreadable: new StaleIndexError('2021-01-20').message }, expect.objectContaining({ articleId: 'a' })]);
  });

  it('finds exactly the articles with every term, title matches first, with highlights', async () => {
    const result = await request('株洲');
    expect(result.results.map((r) => r.articleId)).toEqual(['c', 'a']);
    expect(result.results[0]!.title).toEqual({ text: '株洲发展', ranges: [[0, 2]] });
    expect(result.results[1]!.snippets[0]!.ranges.length).toBeGreaterThan(0);
    expect(result.results[1]!.highlight).toEqual(['株洲']);
  });

  it('filters by date, person, place and byline, counting each facet under the other filters', async () => {
    expect((await request('株洲', { filters: { from: '2021-01-01' } })).total).toBe(1);
    expect((await request('株洲', { filters: { person: 'p1' } })).results.map((r) => r.articleId)).toEqual(['a']);
    const byPlace = await request('株洲', { filters: { place: 'l1' } });
    expect(byPlace.total).toBe(1);
    expect(byPlace.unfilteredTotal).toBe(2);
    expect(byPlace.facets.years).toEqual([{ key: '2021', label: '2021', count: 1 }]);
    expect(byPlace.facets.places).toEqual([{ key: 'l1', label: '株洲', count: 1 }]);
    expect((await request('株洲', { filters: { by: '陈正明' } })).total).toBe(1);
  });

  it('sorts by date on request and answers Latin, in-word Latin and one-character queries', async () => {
    expect((await request('株洲', { sort: 'date' })).results.map((r) => r.date)).toEqual(['2021-01-20', '2020-11-05']);
    expect((await request('5g')).results.map((r) => r.articleId)).toEqual(['a']);
    expect((await request('g 网')).results.map((r) => r.articleId)).toEqual(['a']);
    expect((await request('洲')).total).toBe(3);
    expect((await request('株洲 另一篇')).total).toBe(0);
  });
});

describe('paging, URL state and pinyin', () => {
  it('clamps pages and orders only what the page needs, the same as a full sort', () => {
    const hits = Array.from({ length: 200 }, (_, doc) => ({ doc, score: (doc * 37) % 11 }));
    expect(pageOfHits(hits.slice(0, 3), 'relevance', 9)).toMatchObject({ page: 1, pages: 1 });
    const sorted = [...hits].sort((a, b) => b.score - a.score || a.doc - b.doc);
    expect(topHits(hits, 'relevance', 30)).toEqual(sorted.slice(0, 30));
    expect(pageOfHits(hits, 'relevance', 2).items).toEqual(sorted.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    expect(pageOfHits(hits, 'date', 3).items.map((h) => h.doc)).toEqual(hits.slice(40, 60).map((h) => h.doc));
  });

  it('round-trips the state through the URL and ignores malformed values', () => {
    const state = readSearchState(new URLSearchParams('q=株洲 发展&from=2020-01-01&to=bad&sort=date&page=2&by=陈正明'));
    expect(state).toEqual({ q: '株洲 发展', filters: { from: '2020-01-01', by: '陈正明' }, sort: 'date', page: 2 });
    expect(readSearchState(new URLSearchParams(searchQueryString(state)))).toEqual(state);
  });

  it('suggests people by full pinyin, initials, or pinyin with a slip', () => {
    const people = [
      { name: '毛腾飞', pinyin: 'maotengfei', initials: 'mtf', count: 3 },
      { name: '陈正明', pinyin: 'chenzhengming', initials: 'czm', count: 5 },
    ];
    expect(pinyinSuggestions('maoteng', people)).toEqual([people[0]]);
    expect(pinyinSuggestions('MTF', people)).toEqual([people[0]]);
    expect(pinyinSuggestions('maotengfie', people)).toEqual([people[0]]);
    expect(pinyinSuggestions('chengzhengming', people)).toEqual([people[1]]);
    expect(pinyinSuggestions('m', people)).toEqual([]);
    expect(pinyinSuggestions('毛腾飞', people)).toEqual([]);
  });
});
