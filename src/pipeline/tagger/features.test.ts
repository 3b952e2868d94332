import { describe, expect, it } from 'vitest';
import { SLOTS, charType, extract, fold, foldDigits, type NameStats } from './features.ts';
import { lexicon } from './resources.ts';
import { CharTrie } from './trie.ts';
import { documentTrie } from './doc-names.ts';

const none: NameStats = { surname: new Uint8Array(65536), given: new Uint8Array(65536) };
function features(text: string, docNames: CharTrie | null = null): Int32Array[] {
  const out = new Int32Array(text.length * SLOTS);
  extract(text, lexicon(), none, docNames, out);
  return Array.from({ length: text.length }, (_, i) => out.slice(i * SLOTS, (i + 1) * SLOTS));
}
// Slots of the templates tested here (features.ts: out[o + k]).
const GAZ = 18, TITLE = 25, DOC = 27;

describe('CharTrie', () => {
  it('finds words and their payload, and nothing else', () => {
    const t = new CharTrie(2);
    for (const w of ['北京', '北京市', '南京', '北']) t.add(w, 'x', w.length);
    const walk = (w: string) => Array.from(w).reduce((node, ch) => (node < 0 ? -1 : t.next(node, ch.charCodeAt(0))), 0);
    expect(t.layer('x')[walk('北京市')]).toBe(3);
    expect(t.layer('x')[walk('北')]).toBe(1);
    expect(t.layer('x')[walk('南')] ?? 0).toBe(0);
    expect(walk('东京')).toBe(-1);
  });
});

describe('features', () => {
  it('folds full-width forms, digits and case', () => {
    expect([fold('Ａ'.charCodeAt(0)), fold('7'.charCodeAt(0)), fold('７'.charCodeAt(0))]).toEqual(['a'.charCodeAt(0), 48, 48]);
    expect(['中', '三', '5', 'x', '，'].map((c) => charType(fold(c.charCodeAt(0))))).toEqual([1, 2, 3, 4, 5]);
  });

  it('are the same for texts that differ only in digits (what the memo relies on)', () => {
    expect(features('3月5日在北京')).toEqual(features('１１月２日在北京'.replace('１１', '１')));
    expect(foldDigits('2021年３月')).toBe('0000年0月');
  });

  it('mark a gazetteer match (湖南省, a province) and not an ordinary word', () => {
    const f = features('我在湖南省');
    expect(f[2]![GAZ]).toBeGreaterThanOrEqual(0);
    expect(f[4]![GAZ]).toBeGreaterThanOrEqual(0);
    expect(f[2]![GAZ]).not.toBe(f[4]![GAZ]); // B vs E of the match
    expect(f[0]![GAZ]).toBe(-1);
  });

  it('mark a title word right before a character (市长…)', () => {
    const f = features('市长某某说');
    expect(f[2]![TITLE]).toBeGreaterThanOrEqual(0);
    expect(f[4]![TITLE]).toBe(-1);
  });

  it('mark names from elsewhere in the document only when given', () => {
    const docs = documentTrie([{ text: '某某某', type: 'person' }]);
    expect(features('他说某某某来了')[2]![DOC]).toBe(-1);
    const f = features('他说某某某来了', docs);
    expect(f[2]![DOC]).toBeGreaterThanOrEqual(0);
    expect(f[1]![DOC]).toBe(-1);
  });

  it('stay within the hash range and fill every slot or -1', () => {
    for (const row of features('Hello，世界！２０２４年')) for (const x of row) expect(x).toBeGreaterThanOrEqual(-1);
  });
});
