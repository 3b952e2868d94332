import { describe, expect, it } from 'vitest';
import { apa, chicago, gbt7714 } from './format';
import { citationSource } from './source';

const url = 'https://example.org/issues/2020-09-05/articles/abc';
const issue = { id: '2020-09-05', date: '2020-09-05', paper: '株洲日报' };
const signed = {
  id: 'abc',
  title: '城区道路改造提速',
  byline: [
    { role: 'reporter' as const, label: '株洲日报记者', name: '王某' },
    { role: 'correspondent' as const, label: '通讯员', name: '李某' },
    { role: 'photographer' as const, label: '摄', name: '王某' },
    { role: 'editor' as const, label: '责任编辑', name: '赵某' },
  ],
};
const unsigned = { id: 'def', title: '市民文明公约', byline: [] };

describe('GB/T 7714-2015 newspaper', () => {
  it('writes authors, [N], paper and date with the standard punctuation', () => {
    expect(gbt7714(citationSource(issue, signed, url))).toBe('王某, 李某. 城区道路改造提速[N]. 株洲日报, 2020-09-05(1).');
  });
  it('leaves the author part out when there is no byline', () => {
    expect(gbt7714(citationSource(issue, unsigned, url))).toBe('市民文明公约[N]. 株洲日报, 2020-09-05(1).');
  });
  it('the page is the edition override’s when it names one, else the front page, 1', () => {
    expect(gbt7714(citationSource({ ...issue, edition: 'A1' }, signed, url))).toBe('王某, 李某. 城区道路改造提速[N]. 株洲日报, 2020-09-05(A1).');
  });
  it('keeps three authors and adds 等 for more', () => {
    const byline = ['甲一', '乙二', '丙三', '丁四'].map((name) => ({ role: 'reporter' as const, label: '记者', name }));
    expect(gbt7714(citationSource(issue, { ...signed, byline }, url))).toBe('甲一, 乙二, 丙三, 等. 城区道路改造提速[N]. 株洲日报, 2020-09-05(1).');
  });
});

describe('APA and the Chinese note style', () => {
  it('APA: authors, date in parentheses, title, paper, link', () => {
    expect(apa(citationSource(issue, signed, url))).toBe(`王某、李某. (2020年9月5日). 城区道路改造提速. 株洲日报, 第1版. ${url}`);
    expect(apa(citationSource({ ...issue, edition: 'A1' }, unsigned, url))).toBe(`市民文明公约. (2020年9月5日). 株洲日报, 第A1版. ${url}`);
  });
  it('note style: 作者：《题名》，《报纸》日期，版次。', () => {
    expect(chicago(citationSource({ ...issue, edition: '1' }, signed, url))).toBe('王某、李某：《城区道路改造提速》，《株洲日报》2020年9月5日，第1版。');
    expect(chicago(citationSource(issue, unsigned, url))).toBe('《市民文明公约》，《株洲日报》2020年9月5日，第1版。');
  });
});
