import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../schema/issue';
import { mentionSegments, mentionsIn, rangesWithin } from './segments';

const mention = (start: number, end: number, extra: Partial<Mention> = {}): Mention => ({
  type: 'person', entityId: `e${start}`, name: 'x', field: 'paragraph', paragraph: 0, start, end, source: 'rule', ...extra,
});

describe('mentionSegments', () => {
  it('alternates plain text and mentions', () => {
    const segments = mentionSegments([mention(4, 6), mention(0, 2)], 0, 8);
    expect(segments.map((s) => [s.start, s.end, !!s.mention])).toEqual([
      [0, 2, true], [2, 4, false], [4, 6, true], [6, 8, false],
    ]);
  });

  it('keeps only the part of the text asked for, skipping mentions that leave it', () => {
    const segments = mentionSegments([mention(0, 3), mention(5, 7)], 4, 10);
    expect(segments.map((s) => [s.start, s.end, !!s.mention])).toEqual([[4, 5, false], [5, 7, true], [7, 10, false]]);
  });

  it('always covers the range exactly once, whatever the offsets', () => {
    const arbMention = fc.tuple(fc.nat(30), fc.nat(30)).map(([a, b]) => mention(a, b));
    fc.assert(
      fc.property(fc.array(arbMention), fc.nat(15), fc.nat(15), (mentions, from, extra) => {
        const to = from + extra;
        const segments = mentionSegments(mentions, from, to);
        let at = from;
        for (const s of segments) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
        expect(at).toBe(to);
      }),
    );
  });
});

describe('mentionsIn', () => {
  it('picks the field and, for indexed fields, the index', () => {
    const all = [mention(0, 1), mention(0, 1, { paragraph: 2 }), mention(0, 1, { field: 'title' })];
    expect(mentionsIn(all, 'paragraph', 2)).toEqual([all[1]]);
    expect(mentionsIn(all, 'title')).toEqual([all[2]]);
  });
});

describe('rangesWithin', () => {
  it('cuts a range that runs across a segment boundary into the parts on each side', () => {
    // 市长阳卫国: the word covers 0–5, the name 2–5.
    expect(rangesWithin([[0, 5]], 0, 2)).toEqual([[0, 2]]);
    expect(rangesWithin([[0, 5]], 2, 5)).toEqual([[0, 3]]);
    expect(rangesWithin([[0, 5]], 5, 9)).toEqual([]);
  });
});
