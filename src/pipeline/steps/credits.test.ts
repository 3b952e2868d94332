import { describe, expect, it } from 'vitest';
import { isBylineLine, parseCredits, splitPhotoCredit } from './credits.ts';

describe('bylines with names outside the BMP or in CJK Extension A', () => {
  it('reads 𠮷𡈽 (two supplementary-plane characters) and 䶮 (Extension A) as names', () => {
    expect(isBylineLine('记者/𠮷𡈽')).toBe(true);
    expect(parseCredits('记者/𠮷𡈽')).toEqual([{ role: 'reporter', label: '记者', name: '𠮷𡈽' }]);
    expect(parseCredits('株洲日报记者 刘䶮 通讯员/𠮷𡈽明')).toEqual([
      { role: 'reporter', label: '株洲日报记者', name: '刘䶮' },
      { role: 'correspondent', label: '通讯员', name: '𠮷𡈽明' },
    ]);
    expect(splitPhotoCredit('市民在湘江风光带散步 通讯员/𠮷𡈽 摄')).toEqual({ caption: '市民在湘江风光带散步', credit: '通讯员/𠮷𡈽 摄' });
  });

  it('still counts at most five characters per name, by code point', () => {
    expect(isBylineLine('记者/𠮷𡈽𠮷𡈽𠮷')).toBe(true);
    expect(isBylineLine('记者/𠮷𡈽𠮷𡈽𠮷𡈽')).toBe(false);
  });
});
