import { describe, expect, it } from 'vitest';
import { splitAliases } from './aliases';

describe('splitAliases', () => {
  it('tells an OCR slip (a letter inserted or misread) from a real other name', () => {
    expect(splitAliases({ type: 'person', name: '阳卫国', aliases: ['阳卫出国'] })).toEqual({ alternatives: [], ocrVariants: ['阳卫出国'] });
    expect(splitAliases({ type: 'person', name: '毛腾飞', aliases: ['毛腾非'] })).toEqual({ alternatives: [], ocrVariants: ['毛腾非'] });
    expect(splitAliases({ type: 'place', name: '醴陵市', aliases: ['醴陵'] })).toEqual({ alternatives: ['醴陵'], ocrVariants: [] });
    expect(splitAliases({ type: 'place', name: '俄罗斯', aliases: ['俄国', '俄罗斯联邦'] })).toEqual({
      alternatives: ['俄国', '俄罗斯联邦'],
      ocrVariants: [],
    });
  });

  it('counts letters outside the BMP as one', () => {
    expect(splitAliases({ type: 'person', name: '𠮷𡈽', aliases: ['𠮷出𡈽'] }).ocrVariants).toEqual(['𠮷出𡈽']);
  });
});
