import { describe, expect, it } from 'vitest';
import { loadTagger } from './tagger.ts';

describe('loadTagger (the committed model)', () => {
  const tagger = loadTagger();

  it('finds a person, a place and an organisation with offsets and confidences', () => {
    const text = '国务院总理李强在北京会见了来访的客人，北京大学的代表也参加了会见。';
    const spans = tagger.tag(text);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(spans.map((s) => `${s.type}:${s.text}`)).toEqual(expect.arrayContaining(['person:李强', 'place:北京', 'org:北京大学']));
  });

  it('memoises by exact text and hands out copies', () => {
    const a = tagger.tag('记者王小明报道。');
    const b = tagger.tag('记者王小明报道。');
    expect(b).toEqual(a);
    a.pop();
    expect(tagger.tag('记者王小明报道。')).toEqual(b);
  });

  it('tags each text of a document, with one list per text', () => {
    const out = tagger.tagDocument(['张三丰来到武当山。', '', '张三丰说：很好。']);
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual([]);
  });
});
