import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { fold, miniSearchOptions, tokenize } from './search.ts';
import { containsAll, indexLeaves, matchRanges, parseQuery } from './search-query.ts';

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

describe('tokenize', () => {
  it('makes overlapping bigrams of Han runs and keeps Latin words and numbers whole', () => {
    expect(tokenize(fold('株洲日报'))).toEqual(['株洲', '洲日', '日报']);
    expect(tokenize(fold('5G网络'))).toEqual(['5g', '网络']);
    expect(tokenize(fold('2500亿元，RCEP'))).toEqual(['2500', '亿元', 'rcep']);
    expect(tokenize('的 a')).toEqual(['a']);
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

describe('indexLeaves', () => {
  it('uses Latin runs only where the term proves they are whole or a prefix', () => {
    expect(indexLeaves('5g')).toEqual([]);
    expect(indexLeaves('中国5g网络')).toContainEqual({ token: '5g', prefix: false });
    expect(indexLeaves('中国5g')).toContainEqual({ token: '5g', prefix: true });
    expect(indexLeaves('市')).toEqual([]);
  });
});

describe('matching', () => {
  it('merges overlapping and touching ranges', () => {
    expect(matchRanges('株洲市株洲', parseQuery('株洲 洲市'))).toEqual([[0, 5]]);
    expect(matchRanges('株洲，株洲', parseQuery('株洲'))).toEqual([[0, 2], [3, 5]]);
  });

  const han = fc.constantFrom(...'株洲日报国家主席市委书记发展经济的一是在了'.split(''));
  const piece = fc.oneof(han, fc.constantFrom('5G', 'RCEP', '2500', '，', ' ', '。', 'a'));
  const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((p) => p.join(''));

  it('finds any substring of an indexed text (recall), and only texts that contain it (precision)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), fc.nat(), (texts, pick, a, b) => {
        const source = texts[pick % texts.length]!;
        const start = a % source.length;
        const query = source.slice(start, start + 1 + (b % 8)).trim().replace(/\s+/g, ' ');
        fc.pre(query.length > 0 && !/["“「『]/.test(query));
        const index = new MiniSearch(miniSearchOptions);
        index.addAll(texts.map((body, id) => ({ id, title: '', subtitles: [], names: [], body })));
        const terms = parseQuery(query);
        const leaves = terms.flatMap((t) => indexLeaves(t.text));
        const candidates = leaves.length
          ? index.search({ combineWith: 'AND', queries: leaves.map((l) => ({ queries: [l.token], prefix: l.prefix })) }).map((r) => r.id as number)
          : texts.map((_, i) => i);
        const found = candidates.filter((i) => containsAll([fold(texts[i]!)], terms)).sort((x, y) => x - y);
        const truth = texts.map((t, i) => [t, i] as const).filter(([t]) => terms.every((term) => fold(t).includes(term.text))).map(([, i]) => i);
        expect(found).toEqual(truth);
        expect(found).toContain(pick % texts.length);
      }),
      { numRuns: 300 },
    );
  });
});
