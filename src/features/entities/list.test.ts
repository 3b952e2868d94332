import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../schema/entities';
import { filterAndSort, parseSort } from './list';

const e = (name: string, mentionCount: number, articleCount: number, description = ''): EntitySummary => ({
  id: name, type: 'person', name, description, mentionCount, articleCount, hash: '0123abcd',
});
const people = [e('阳卫国', 38, 10, '市长'), e('毛腾飞', 36, 12, '市委书记'), e('蔡溪', 5, 2, '市政协主席')];

describe('filterAndSort', () => {
  it('sorts by mentions, by articles, or by pinyin', () => {
    expect(filterAndSort(people, '', 'mentions').map((p) => p.name)).toEqual(['阳卫国', '毛腾飞', '蔡溪']);
    expect(filterAndSort(people, '', 'articles').map((p) => p.name)).toEqual(['毛腾飞', '阳卫国', '蔡溪']);
    expect(filterAndSort(people, '', 'name').map((p) => p.name)).toEqual(['蔡溪', '毛腾飞', '阳卫国']);
  });

  it('filters on name and description without changing the input', () => {
    expect(filterAndSort(people, ' 市委 ', 'mentions').map((p) => p.name)).toEqual(['毛腾飞']);
    expect(filterAndSort(people, '腾', 'mentions').map((p) => p.name)).toEqual(['毛腾飞']);
    expect(people[0]?.name).toBe('阳卫国');
  });

  it('finds by pinyin, initials and every role, not only the one described', () => {
    const withPinyin = [{ ...people[1]!, pinyin: 'mao teng fei', roles: ['主任', '市委书记'] }, { ...people[0]!, pinyin: 'yang wei guo' }];
    expect(filterAndSort(withPinyin, 'mtf', 'mentions').map((p) => p.name)).toEqual(['毛腾飞']);
    expect(filterAndSort(withPinyin, 'yangwei', 'mentions').map((p) => p.name)).toEqual(['阳卫国']);
    expect(filterAndSort(withPinyin, '主任', 'mentions').map((p) => p.name)).toEqual(['毛腾飞']);
  });
});

describe('parseSort', () => {
  it('accepts known sorts only', () => {
    expect(parseSort('name')).toBe('name');
    expect(parseSort('evil')).toBe('mentions');
    expect(parseSort(null)).toBe('mentions');
  });
});
