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

  it('files a surname by its reading as a surname (曾 zēng under Z, 单 shàn under S, 尉迟 under Y)', () => {
    const names = ['曾伟', '陈明', '张三', '单丽', '丁一', '尉迟恭', '王五', '仇英', '齐白石', '区梦', '欧阳修', '解缙', '谢安'];
    const sorted = filterAndSort(names.map((n) => e(n, 1, 1)), '', 'name').map((p) => p.name);
    const before = (a: string, b: string) => expect(sorted.indexOf(a), `${a} before ${b} in ${sorted.join(' ')}`).toBeLessThan(sorted.indexOf(b));
    before('陈明', '曾伟'); // chén < zēng
    before('曾伟', '张三'); // zēng < zhāng
    before('丁一', '单丽'); // dīng < shàn: 单 is not dān here
    before('单丽', '王五');
    before('王五', '尉迟恭'); // wáng < yùchí, not wèi
    before('齐白石', '仇英'); // qí < qiú, not chóu
    before('区梦', '欧阳修'); // ōu mèng < ōu yáng
    before('谢安', '解缙'); // xiè ān < xiè jìn, not jiě
    // Places keep the common reading.
    const places = filterAndSort([{ ...e('曾家村', 1, 1), type: 'place' }, { ...e('陈家村', 1, 1), type: 'place' }], '', 'name');
    expect(places.map((p) => p.name)).toEqual(['曾家村', '陈家村']);
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
