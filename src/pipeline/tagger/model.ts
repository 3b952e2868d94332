/**
 * A trained model: hashed feature weights (one row of LABELS per feature index), label transition
 * weights, and the name statistics its features read. Scoring and decoding of one text; the
 * Tagger (tagger.ts) adds caching, documents and spans.
 */
import { LABELS as L } from './labels.ts';
import { SLOTS, extract, type NameStats } from './features.ts';
import { lexicon, type Lexicon } from './resources.ts';
import type { CharTrie } from './trie.ts';
import { constrainedTransitions, margins, viterbi } from './viterbi.ts';

export interface ModelData {
  weights: Float32Array; // (MASK + 1) × L
  transitions: Float32Array; // L × L
  stats: NameStats;
  /**
   * A loaded model's weights as int16, 16 to a row (13 used) so a feature's row is one cache line,
   * times `denseScale`: what the tagger decodes with (weights is then unused).
   */
  dense?: Int16Array;
  denseScale?: number;
}

/** Adds the weights of the features of each position into scores (n × L). */
export function score(weights: Float32Array, feats: Int32Array, n: number, scores: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const row = i * L, fo = i * SLOTS;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    for (let k = 0; k < SLOTS; k++) {
      const f = feats[fo + k]!;
      if (f < 0) continue;
      const w = f * L;
      s0 += weights[w]!; s1 += weights[w + 1]!; s2 += weights[w + 2]!; s3 += weights[w + 3]!; s4 += weights[w + 4]!;
      s5 += weights[w + 5]!; s6 += weights[w + 6]!; s7 += weights[w + 7]!; s8 += weights[w + 8]!; s9 += weights[w + 9]!;
      s10 += weights[w + 10]!; s11 += weights[w + 11]!; s12 += weights[w + 12]!;
    }
    scores[row] = s0; scores[row + 1] = s1; scores[row + 2] = s2; scores[row + 3] = s3; scores[row + 4] = s4;
    scores[row + 5] = s5; scores[row + 6] = s6; scores[row + 7] = s7; scores[row + 8] = s8; scores[row + 9] = s9;
    scores[row + 10] = s10; scores[row + 11] = s11; scores[row + 12] = s12;
  }
}
/** score() over the int16 rows of a loaded model. */
export function scoreDense(dense: Int16Array, scale: number, feats: Int32Array, n: number, scores: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const row = i * L, fo = i * SLOTS;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    for (let k = 0; k < SLOTS; k++) {
      const f = feats[fo + k]!;
      if (f < 0) continue;
      const w = f << 4;
      s0 += dense[w]!; s1 += dense[w + 1]!; s2 += dense[w + 2]!; s3 += dense[w + 3]!; s4 += dense[w + 4]!;
      s5 += dense[w + 5]!; s6 += dense[w + 6]!; s7 += dense[w + 7]!; s8 += dense[w + 8]!; s9 += dense[w + 9]!;
      s10 += dense[w + 10]!; s11 += dense[w + 11]!; s12 += dense[w + 12]!;
    }
    scores[row] = s0 * scale; scores[row + 1] = s1 * scale; scores[row + 2] = s2 * scale; scores[row + 3] = s3 * scale;
    scores[row + 4] = s4 * scale; scores[row + 5] = s5 * scale; scores[row + 6] = s6 * scale; scores[row + 7] = s7 * scale;
    scores[row + 8] = s8 * scale; scores[row + 9] = s9 * scale; scores[row + 10] = s10 * scale; scores[row + 11] = s11 * scale;
    scores[row + 12] = s12 * scale;
  }
}
if (L !== 13) throw new Error('score() is unrolled for 13 labels');

/** Decodes texts with a model; holds the reusable buffers. */
export class Decoder {
  readonly lex: Lexicon = lexicon();
  private feats = new Int32Array(0);
  private scores = new Float64Array(0);
  private trans: Float64Array;
  labels = new Uint8Array(0);
  margin = new Float64Array(0);

  constructor(readonly model: ModelData) {
    this.trans = constrainedTransitions(model.transitions);
  }

  /** Labels of `text` into this.labels (and per-position margins if asked and a span was found); returns the path score. */
  decode(text: string, docNames: CharTrie | null, withMargins: boolean): number {
    const n = text.length;
    if (this.labels.length < n) {
      const cap = n * 2;
      this.feats = new Int32Array(cap * SLOTS);
      this.scores = new Float64Array(cap * L);
      this.labels = new Uint8Array(cap);
      this.margin = new Float64Array(cap);
    }
    extract(text, this.lex, this.model.stats, docNames, this.feats);
    const { dense, denseScale } = this.model;
    if (dense) scoreDense(dense, denseScale!, this.feats, n, this.scores);
    else score(this.model.weights, this.feats, n, this.scores);
    const best = viterbi(this.scores, n, this.trans, this.labels);
    if (withMargins && n > 0 && this.labels.subarray(0, n).some((l) => l !== 0)) margins(this.scores, n, this.trans, this.labels, best, this.margin);
    return best;
  }
}
