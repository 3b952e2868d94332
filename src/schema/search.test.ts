import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, keyText, termKeys } from './search.ts';
import { matchRanges, parseQuery } from './search-query.ts';

describe('fold', () => {
  it('maps traditional to simplified, Latin to lower case and full-width to ASCII, keeping length', () => {
    expect(fold('國家主席習近平')).toBe('国家主席习近平');
    expect(fold('ＲＣＥＰ與5G')).toBe('rcep与5g');
    expect(fold('臺灣')).toBe('台湾');
  });

  it('never changes the length, so offsets in folded text fit the original', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(s).length === s.length));
  });
});

describe('termKeys', () => {
  it('cuts a term into overlapping pairs of code units, punctuation and Latin included', () => {
    expect(termKeys('株洲日报').map(keyText)).toEqual(['株洲', '洲日', '日报']);
    expect(termKeys('5g，').map(keyText)).toEqual(['5g', 'g，']);
    expect(termKeys('市')).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('splits terms on spaces, keeps quoted phrases and folds them', () => {
    expect(parseQuery('國家  "主席 习近平" “株洲”').map((t) => [t.text, t.phrase])).toEqual([
      ['国家', false],
      ['主席 习近平', true],
      ['株洲', true],
    ]);
    expect(parseQuery('"未闭合 的短语')).toMatchObject([{ text: '未闭合 的短语', phrase: true }]);
    expect(parseQuery('  ')).toEqual([]);
    expect(parseQuery('株洲 株洲')).toHaveLength(1);
  });
});

describe('matching', () => {
  it('merges overlapping and touching ranges', () => {
    expect(matchRanges('株洲市株洲', parseQuery('株洲 洲市'))).toEqual([[0, 5]]);
    expect(matchRanges('株洲，株洲', parseQuery('株洲'))).toEqual([[0, 2], [3, 5]]);
  });
});
