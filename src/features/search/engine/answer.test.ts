import { describe, expect, it } from 'vitest';
import { buildShard } from '../../../pipeline/steps/build-index.ts';
import type { SearchDoc } from '../../../schema/search-data.ts';
import { parseQuery } from '../../../schema/search-query.ts';
import { readSearchState, searchQueryString } from '../url-state.ts';
import { answer } from './answer.ts';
import { pageOf } from './results.ts';
import { loadShard } from './shard.ts';
import { pinyinSuggestions } from './suggest.ts';

const doc = (articleId: string, date: string, title: string, body: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  issueId: date,
  articleId,
  date,
  title,
  subtitles: [],
  names: [],
  body,
  people: [],
  places: [],
  ...extra,
});
const shards = [
  loadShard(buildShard('2021-01', [doc('c', '2021-01-20', '株洲发展', '株洲日报讯 株洲的发展。', { names: ['陈正明'], places: [['l1', '株洲']] })])),
  loadShard(buildShard('2020-11', [
    doc('a', '2020-11-05', '会议召开', '市委书记在株洲讲话。株洲 5G 网络。', { people: [['p1', '毛腾飞']] }),
    doc('b', '2020-11-02', '另一篇', '与株无关的洲。'),
  ])),
];
const request = (q: string, extra = {}) => ({ terms: parseQuery(q), q, filters: {}, sort: 'relevance' as const, page: 1, ...extra });

describe('answer', () => {
  it('finds exactly the articles with every term, title matches first, with highlights', () => {
    const result = answer(shards, request('株洲'), []);
    expect(result.results.map((r) => r.articleId)).toEqual(['c', 'a']);
    expect(result.results[0]!.title).toEqual({ text: '株洲发展', ranges: [[0, 2]] });
    expect(result.results[1]!.snippets[0]!.ranges.length).toBeGreaterThan(0);
    expect(result.results[1]!.highlight).toEqual(['株洲']);
  });

  it('filters by date, person, place and byline, counting each facet under the other filters', () => {
    expect(answer(shards, request('株洲', { filters: { from: '2021-01-01' } }), []).total).toBe(1);
    expect(answer(shards, request('株洲', { filters: { person: 'p1' } }), []).results.map((r) => r.articleId)).toEqual(['a']);
    const byPlace = answer(shards, request('株洲', { filters: { place: 'l1' } }), []);
    expect(byPlace.total).toBe(1);
    expect(byPlace.unfilteredTotal).toBe(2);
    expect(byPlace.facets.years).toEqual([{ key: '2021', label: '2021', count: 1 }]);
    expect(byPlace.facets.places).toEqual([{ key: 'l1', label: '株洲', count: 1 }]);
    expect(answer(shards, request('株洲', { filters: { by: '陈正明' } }), []).total).toBe(1);
  });

  it('sorts by date on request and answers Latin and one-character queries by scanning', () => {
    expect(answer(shards, request('株洲', { sort: 'date' }), []).results.map((r) => r.date)).toEqual(['2021-01-20', '2020-11-05']);
    expect(answer(shards, request('5g'), []).results.map((r) => r.articleId)).toEqual(['a']);
    expect(answer(shards, request('洲'), []).total).toBe(3);
  });
});

describe('paging, URL state and pinyin', () => {
  it('clamps pages', () => {
    expect(pageOf([1, 2, 3], 9)).toEqual({ items: [1, 2, 3], page: 1, pages: 1 });
  });

  it('round-trips the state through the URL and ignores malformed values', () => {
    const state = readSearchState(new URLSearchParams('q=株洲 发展&from=2020-01-01&to=bad&sort=date&page=2&by=陈正明'));
    expect(state).toEqual({ q: '株洲 发展', filters: { from: '2020-01-01', by: '陈正明' }, sort: 'date', page: 2 });
    expect(readSearchState(new URLSearchParams(searchQueryString(state)))).toEqual(state);
  });

  it('suggests people by full pinyin or initials', () => {
    const people = [{ name: '毛腾飞', pinyin: 'maotengfei', initials: 'mtf', count: 3 }];
    expect(pinyinSuggestions('maoteng', people)).toEqual(people);
    expect(pinyinSuggestions('MTF', people)).toEqual(people);
    expect(pinyinSuggestions('m', people)).toEqual([]);
    expect(pinyinSuggestions('毛腾飞', people)).toEqual([]);
  });
});
