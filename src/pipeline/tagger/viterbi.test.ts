import { describe, expect, it } from 'vitest';
import { LABELS as L, O, allowed, decodeSpans, encode, labelName, labelOf } from './labels.ts';
import { constrainedTransitions, margins, viterbi } from './viterbi.ts';

const B = (t: number) => labelOf(t, 0), I = (t: number) => labelOf(t, 1), E = (t: number) => labelOf(t, 2), S = (t: number) => labelOf(t, 3);
/** Scores n × L: each position prefers the given label by `by`, everything else 0. */
function prefer(labels: number[], by = 1): Float64Array {
  const s = new Float64Array(labels.length * L);
  labels.forEach((l, i) => { s[i * L + l] = by; });
  return s;
}
const decode = (scores: Float64Array, n: number, learned = new Float32Array(L * L)) => {
  const out = new Uint8Array(n);
  const best = viterbi(scores, n, constrainedTransitions(learned), out);
  return { labels: Array.from(out, labelName), best, out };
};

describe('BIOES constraints', () => {
  it('allows only well-formed moves', () => {
    expect(allowed(-1, I(0))).toBe(false);
    expect(allowed(O, E(1))).toBe(false);
    expect(allowed(B(0), I(1))).toBe(false);
    expect(allowed(B(0), O)).toBe(false);
    expect(allowed(B(0), E(0))).toBe(true);
    expect(allowed(E(0), B(1))).toBe(true);
  });

  it('encodes and decodes spans', () => {
    const spans = [{ type: 'person' as const, start: 0, end: 3 }, { type: 'place' as const, start: 3, end: 4 }];
    expect(decodeSpans(encode(5, spans), 5)).toEqual(spans);
  });
});

describe('viterbi', () => {
  it('follows the scores when they are well formed', () => {
    expect(decode(prefer([O, B(0), E(0), S(1)]), 4).labels).toEqual(['O', 'B-person', 'E-person', 'S-place']);
  });

  it('never starts with I- even when I- scores best there (a greedy tagger would)', () => {
    const { labels } = decode(prefer([I(0), E(0), O], 5), 3);
    expect(labels[0]).not.toBe('I-person');
    expect(labels).toEqual(['B-person', 'E-person', 'O']);
  });

  it('never leaves a span open at the end of the text', () => {
    const { labels } = decode(prefer([O, B(1)], 3), 2);
    expect(labels[1]).not.toBe('B-place');
  });

  it('does not join types: B-person cannot continue as E-place', () => {
    const s = prefer([B(0), E(1)], 2);
    const { labels } = decode(s, 2);
    expect(labels).not.toEqual(['B-person', 'E-place']);
  });

  it('uses learned transitions', () => {
    const learned = new Float32Array(L * L);
    learned[S(0) * L + S(0)] = -10; // two one-letter persons in a row: penalised
    const { labels } = decode(prefer([S(0), S(0)], 1), 2, learned);
    expect(labels).not.toEqual(['S-person', 'S-person']);
  });

  it('margins: zero for a tie, the score gap otherwise', () => {
    const s = prefer([S(0), O], 2);
    s[1 * L + S(1)] = 2; // position 1: O and S-place tie
    const { out, best } = decode(s, 2);
    const m = new Float64Array(2);
    margins(s, 2, constrainedTransitions(new Float32Array(L * L)), out, best, m);
    expect(m[1]).toBe(0);
    expect(m[0]).toBe(2);
  });
});
