/**
 * Folding reads a table generated from opencc-js (scripts/gen-fold-table.ts) instead of opencc-js:
 * for every code point, fold must give exactly what it gave with opencc-js's converter, or the
 * pipeline's index and the app's queries would disagree with indexes built before.
 */
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { fold } from './search';
import { FOLD_PAIRS } from './fold-table';

const convert = Converter({ from: 'tw', to: 'cn' });

/** Folding of one code point as it was with opencc-js (search.ts before the table). */
function foldedWithOpencc(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (code >= 0xff01 && code <= 0xff5e) return foldedWithOpencc(String.fromCharCode(code - 0xfee0));
  const simplified = convert(ch).toLowerCase();
  return simplified.length === ch.length ? simplified : ch;
}

describe('the fold table', () => {
  it('folds every code point as opencc-js (tw → cn) does', () => {
    const differ: string[] = [];
    for (let cp = 1; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (fold(ch) !== foldedWithOpencc(ch)) differ.push(`U+${cp.toString(16)}`);
    }
    expect(differ).toEqual([]);
  }, 60_000);

  it('maps thousands of characters, in text as well as alone', () => {
    expect(Array.from(FOLD_PAIRS).length / 2).toBeGreaterThan(3000);
    // Offsets are kept, astral characters included; 臺 is a Taiwan variant, 報 traditional.
    expect(fold('臺灣株洲日報𠮷ＲＣＥＰ')).toBe('台湾株洲日报𠮷rcep');
    // A byte-order mark is a character like any other: it was dropped from the start of a text.
    expect(fold('\ufeff株洲')).toBe('\ufeff株洲');
  });
});
