import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, covers, rulesOf } from './font-rules';

// As Vite writes fontsource's CSS: minified, the last semicolon dropped, small slices inlined.
const css =
  '@font-face{font-family:Noto Serif SC;font-style:normal;font-display:swap;font-weight:400;src:url(data:font/woff2;base64,d09GMgAB)format("woff2");unicode-range:U+1F1E9-1F1F5,U+1F21A}' +
  '@font-face{font-family:Noto Serif SC;font-weight:700;src:url(/assets/noto-serif-sc-5-700-normal-CK3r.woff2)format("woff2");unicode-range:U+FEE3,U+FF03-FF04}' +
  '@font-face{font-family:Other;src:url(/assets/x.woff2)}';

describe('rulesOf', () => {
  it('reads weight, source and range of each slice, data: URLs and missing last semicolons included', () => {
    const rules = rulesOf(css);
    expect(rules.map(({ weight, src, unicodeRange }) => ({ weight, src, unicodeRange }))).toEqual([
      { weight: '400', src: 'url(data:font/woff2;base64,d09GMgAB)format("woff2")', unicodeRange: 'U+1F1E9-1F1F5,U+1F21A' },
      { weight: '700', src: 'url(/assets/noto-serif-sc-5-700-normal-CK3r.woff2)format("woff2")', unicodeRange: 'U+FEE3,U+FF03-FF04' },
    ]);
    expect(rules[1]!.css).toMatch(/^@font-face\{.*\}$/);
  });
});

describe('coverage', () => {
  it('counts the characters a range holds, bounds included', () => {
    const chars = Int32Array.from([0x4e00, 0x4e01, 0x4e10, 0x5000]);
    expect(coverage('U+4E00-4E01, U+5000', chars)).toBe(3);
    expect(coverage('U+4E02-4E0F', chars)).toBe(0);
  });
});

describe('covers', () => {
  it('finds characters inside ranges and on their bounds, not beside them', () => {
    const range = 'U+4E00-4E0F,U+5A';
    const has = (...chars: number[]) => covers(range, Int32Array.from(chars).sort());
    expect(has(0x4e00)).toBe(true);
    expect(has(0x4e0f)).toBe(true);
    expect(has(0x5a)).toBe(true);
    expect(has(0x4e10, 0x59, 0x5b, 0x3fff)).toBe(false);
    expect(has()).toBe(false);
  });

  it('agrees with checking every character against every range', () => {
    const ranges = fc.array(fc.tuple(fc.nat(0x2ffff), fc.nat(64)), { minLength: 1, maxLength: 6 });
    // Characters on and just beside the bounds, where an off-by-one would show, and some anywhere.
    const picks = fc.array(fc.boolean(), { minLength: 24, maxLength: 24 });
    fc.assert(
      fc.property(ranges, picks, fc.uniqueArray(fc.nat(0x2ffff), { maxLength: 10 }), (parts, pick, anywhere) => {
        const near = parts.flatMap(([from, width]) => [from - 1, from, from + width, from + width + 1]).filter((c, i) => c >= 0 && pick[i]);
        const chars = [...new Set([...near, ...anywhere])];
        const text = parts.map(([from, width]) => `U+${from.toString(16).toUpperCase()}${width ? `-${(from + width).toString(16)}` : ''}`).join(', ');
        const expected = chars.some((c) => parts.some(([from, width]) => c >= from && c <= from + width));
        expect(covers(text, Int32Array.from(chars).sort())).toBe(expected);
      }),
    );
  });
});
