import { describe, expect, it } from 'vitest';
import { SuggestIndex } from './suggestions';
import { SCHEMA_VERSION } from '../../../schema/issue';
import { SEARCH_INDEX_VERSION } from '../../../schema/search';
import { suggestTokens, type SuggestFile } from '../../../schema/search-suggest';

const file: SuggestFile = {
  schemaVersion: SCHEMA_VERSION,
  indexVersion: SEARCH_INDEX_VERSION,
  entities: [
    ['place', '株洲市', '株洲市', ['株洲'], 'zhuzhoushi', 'zzs', 30],
    ['person', '阳卫国', '阳卫国', ['阳卫出国'], 'yangweiguo', 'ywg', 12],
    ['person', '毛腾飞', '毛腾飞', [], 'maotengfei', 'mtf', 9],
    ['person', '毛泽', '毛泽', [], 'maoze', 'mz', 1],
  ],
  titles: [
    ['株洲轨道交通新线开通', '2021-01-02', 'a1', 3],
    ['毛腾飞调研轨道交通', '2021-01-01-2', 'b2', 1],
  ],
};
const index = await SuggestIndex.build(file, 2);
const first = (q: string) => index.suggest(q)[0];

describe('suggestTokens', () => {
  it('cuts Han runs into pairs, keeps one Han character and Latin words whole, folds', () => {
    expect(suggestTokens('株洲日報')).toEqual(['株洲', '洲日', '日报']);
    expect(suggestTokens('株')).toEqual(['株']);
    expect(suggestTokens('5G基站 RCEP')).toEqual(['5g', '基站', 'rcep']);
  });
});

describe('SuggestIndex', () => {
  it('finds a person by name, prefix, pinyin, initials, a slip in the pinyin, traditional characters', () => {
    for (const q of ['毛腾飞', '毛腾', 'maotengfei', 'maoteng', 'mtf', 'maotengfie', '毛騰飛']) expect(first(q), q).toMatchObject({ kind: 'person', id: '毛腾飞' });
  });

  it('leads an alias (an OCR slip) to its entity, and says which spelling matched', () => {
    expect(first('阳卫出国')).toEqual({ kind: 'person', id: '阳卫国', name: '阳卫国', articles: 12, via: '阳卫出国' });
    expect(first('株洲')).toMatchObject({ kind: 'place', id: '株洲市' });
  });

  it('puts an exact name before more frequent partial matches', () => {
    expect(first('毛泽')).toMatchObject({ id: '毛泽' });
  });

  it('finds exactly the titles that contain every term, newest first, in traditional characters too', () => {
    const titles = (q: string) => index.suggest(q).flatMap((s) => (s.kind === 'title' ? [s.articleId] : []));
    expect(titles('轨道交通')).toEqual(['a1', 'b2']);
    expect(titles('軌道 調研')).toEqual(['b2']);
    expect(titles('轨交')).toEqual([]);
    expect(index.suggest('新线')[0]).toMatchObject({ kind: 'title', printings: 3, date: '2021-01-02' });
    expect(index.suggest('调研')[0]).toMatchObject({ kind: 'title', date: '2021-01-01' });
  });

  it('puts a title that starts with the query before newer ones that hold it later', () => {
    const titles = index.suggest('毛腾飞').filter((s) => s.kind === 'title');
    expect(titles[0]).toMatchObject({ articleId: 'b2' });
  });

  it('suggests nothing for an empty query or one that matches nothing', () => {
    expect(index.suggest('  ')).toEqual([]);
    expect(index.suggest('不存在的词')).toEqual([]);
  });
});

describe('SuggestIndex.build', () => {
  it('answers the same whether built in slices of one name or all at once', async () => {
    const whole = await SuggestIndex.build(file, 1000);
    for (const q of ['株', '株洲', 'mtf', 'maotengfie', '阳卫出', '轨道', '毛']) expect(index.suggest(q)).toEqual(whole.suggest(q));
  });
});
