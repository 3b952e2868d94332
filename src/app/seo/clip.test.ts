import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charCount, clip, tidy } from './clip';

/** A lone surrogate: half of a supplementary-plane character, shown as � by whoever reads it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('clip', () => {
  it('keeps a short text whole, tidied', () => {
    expect(clip('  株洲\n日报　讯  ', 20)).toBe('株洲 日报 讯');
  });

  it('counts characters, not UTF-16 units, and never cuts one in half', () => {
    const text = '𠮷'.repeat(200);
    const cut = clip(text, 120);
    expect(charCount(cut)).toBe(120);
    expect(cut).toBe(`${'𠮷'.repeat(119)}…`);
    expect(LONE_SURROGATE.test(cut)).toBe(false);
  });

  it('ends at a sentence end in its second half, with the closing quote after it', () => {
    const first = `${'甲'.repeat(70)}。`;
    const second = `他说：“${'乙'.repeat(10)}！”`;
    const text = `${first}${second}${'丙'.repeat(100)}`;
    expect(clip(text, 120)).toBe(`${first}${second}`);
  });

  it('cuts mid-sentence with … when the only sentence end is too early', () => {
    const text = `${'甲'.repeat(10)}。${'乙'.repeat(200)}`;
    const cut = clip(text, 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(charCount(cut)).toBe(120);
  });

  it('does not separate a combining mark or a joiner from its character', () => {
    const family = '👨\u200d👩\u200d👧';
    const text = `${'甲'.repeat(117)}e\u0301${family}${'乙'.repeat(10)}`;
    const cut = clip(text, 120);
    expect(cut).toBe(`${'甲'.repeat(117)}e\u0301…`);
  });

  it('property: within the limit, a prefix of the tidied text, whole characters only', () => {
    const chars = fc.constantFrom('株', '洲', '𠮷', '𡈽', '。', '！', '”', ' ', '\n', 'a', 'e\u0301', '😀', '\u200d');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 300 }).map((a) => a.join('')), fc.integer({ min: 2, max: 160 }), (text, max) => {
        const cut = clip(text, max);
        const whole = tidy(text);
        expect(charCount(cut)).toBeLessThanOrEqual(max);
        expect(LONE_SURROGATE.test(cut)).toBe(false);
        expect(whole.startsWith(cut.endsWith('…') && cut !== whole ? cut.slice(0, -1) : cut)).toBe(true);
        if (charCount(whole) <= max) expect(cut).toBe(whole);
        else expect(/[。！？!?]”?$|…$/.test(cut)).toBe(true);
      }),
    );
  });

  it('refuses a limit too small to hold a character and the mark', () => {
    expect(() => clip('株洲', 1)).toThrow(/at least 2/);
  });
});
