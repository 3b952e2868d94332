import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityType, Sentence } from './bio.ts';
import { learnNameStats } from './stats.ts';
import { Tagger } from './tagger.ts';
import { train } from './train.ts';

// Names and fillers from disjoint letters, each name with one type: a corpus the model can fit.
const NAMES: [string, EntityType][] = [['甲乙', 'person'], ['丙丁戊', 'person'], ['子丑', 'place'], ['寅卯辰', 'place'], ['天地', 'org']];
const FILLERS = ['的', '了', '在', '是', '和', '说', '去', '看'];

const sentence = fc.array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...FILLERS)), { minLength: 1, maxLength: 8 }).map((parts): Sentence => {
  let text = '';
  const spans: Sentence['spans'] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      // Two names in a row are kept apart by a filler so each span is unambiguous.
      if (spans.length && spans[spans.length - 1]!.end === text.length) text += '，';
      spans.push({ type: p[1], start: text.length, end: text.length + p[0].length });
      text += p[0];
    }
  }
  return { text, spans };
});

describe('train (structured perceptron)', () => {
  it('recovers the labels of a tiny training corpus when tagging it again', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 3, maxLength: 12 }), (sentences) => {
        const model = train(sentences, learnNameStats(sentences), { epochs: 30, seed: 1 });
        const tagger = new Tagger({ ...model, confidenceScale: 1 }, { memoise: false });
        for (const s of sentences) {
          const got = tagger.tag(s.text).map(({ type, start, end }) => ({ type, start, end }));
          expect(got).toEqual(s.spans);
        }
      }),
      { numRuns: 25, seed: 12 },
    );
    // 25 trainings: about 2 s alone, several times that when the machine is shared.
  }, 60_000);

  it('is deterministic: the same corpus and seed give the same weights', () => {
    const sentences: Sentence[] = [{ text: '甲乙在子丑', spans: [{ type: 'person', start: 0, end: 2 }, { type: 'place', start: 3, end: 5 }] }];
    const a = train(sentences, learnNameStats(sentences), { epochs: 3, seed: 5 });
    const b = train(sentences, learnNameStats(sentences), { epochs: 3, seed: 5 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
});
