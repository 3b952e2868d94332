import { describe, expect, it } from 'vitest';
import { fold } from '../schema/search';
import { matchesName } from './name-filter';

const mao = { name: '毛腾飞', pinyin: 'mao teng fei', texts: ['市委书记', '主任'] };
const zeng = { name: '曾志', pinyin: 'zeng zhi', texts: [] };
const fenglin = { name: '枫林镇', pinyin: 'feng lin zhen', texts: ['醴陵市 · 株洲市 · 湖南省'] };

describe('matchesName: what the /people, /places and facet filters understand', () => {
  it('finds the name and any text given (roles, the places above)', () => {
    expect(matchesName('腾飞', mao)).toBe(true);
    expect(matchesName('市委书记', mao)).toBe(true);
    expect(matchesName('醴陵', fenglin)).toBe(true);
    expect(matchesName('市长', mao)).toBe(false);
  });

  it('reads pinyin: whole, from any syllable on, with spaces, in any case, or as initials', () => {
    for (const typed of ['mao', 'maotengfei', 'MaoTengfei', 'mao teng', 'tengfei', 'mtf', 'mt', "mao'teng"]) expect(matchesName(typed, mao), typed).toBe(true);
    for (const typed of ['tf', 'engfei', 'mtx', 'maoz', 't', 'f']) expect(matchesName(typed, mao), typed).toBe(false);
    expect(matchesName('m', mao)).toBe(true);
    // The surname reading (曾 zēng), as the pipeline wrote it.
    expect(matchesName('zeng', zeng)).toBe(true);
  });

  it('reads traditional characters when given the folding', () => {
    expect(matchesName('毛騰飛', mao)).toBe(false);
    expect(matchesName('毛騰飛', mao, fold)).toBe(true);
    expect(matchesName('楓林鎮', fenglin, fold)).toBe(true);
  });

  it('an empty filter keeps everything', () => {
    expect(matchesName('  ', zeng)).toBe(true);
  });
});
