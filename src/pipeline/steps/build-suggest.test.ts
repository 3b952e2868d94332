import { describe, expect, it } from 'vitest';
import { buildSuggestions, pinyinOf } from './build-suggest';
import type { Issue } from '../../schema/issue';

const issue = (id: string, titles: string[]) => ({ id, date: id, articles: titles.map((title, i) => ({ id: `${id}-${i}`, title })) }) as unknown as Issue;

describe('buildSuggestions', () => {
  it('gives entities their pinyin and initials, most articles first, and drops entities in no article', () => {
    const file = buildSuggestions(
      [
        { type: 'person', id: 'a', name: '毛腾飞', aliases: [], articleCount: 2 },
        { type: 'place', id: 'b', name: '株洲市', aliases: ['株洲', '株洲市'], articleCount: 5 },
        { type: 'person', id: 'c', name: '无文章', aliases: [], articleCount: 0 },
      ],
      [],
    );
    expect(file.entities).toEqual([
      ['place', 'b', '株洲市', ['株洲'], 'zhuzhoushi', 'zzs', 5],
      ['person', 'a', '毛腾飞', [], 'maotengfei', 'mtf', 2],
    ]);
  });

  it('keeps one row per title (folded): the newest printing and how many issues printed it', () => {
    const file = buildSuggestions([], [issue('2021-01-03', ['新线开通', '另一条']), issue('2021-01-02', ['新線開通 ']), issue('2021-01-01', ['新线开通'])]);
    expect(file.titles).toEqual([
      ['新线开通', '2021-01-03', '2021-01-03-0', 3],
      ['另一条', '2021-01-03', '2021-01-03-1', 1],
    ]);
  });

  it('holds at most the newest maxTitles titles', () => {
    const file = buildSuggestions([], [issue('2021-01-03', ['甲', '乙']), issue('2021-01-02', ['丙', '甲'])], 2);
    expect(file.titles.map(([t, , , n]) => [t, n])).toEqual([['甲', 2], ['乙', 1]]);
  });

  it('reads a surname as a surname in people, not in places', () => {
    expect(pinyinOf('曾伟', 'person').pinyin).toBe('zengwei');
    expect(pinyinOf('单县', 'place').initials).toHaveLength(2);
  });
});
