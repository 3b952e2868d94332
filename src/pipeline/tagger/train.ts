/**
 * The structured averaged perceptron (Collins 2002): decode each training sentence with the current
 * weights (cost-augmented: a margin of 1 per wrong label), and where the best path differs from the gold labels, add the gold path's features and
 * subtract the predicted path's. The averaged weights (lazy averaging) are the model. Sentences are
 * visited in a fixed pseudo-random order per epoch (seeded), so training is deterministic.
 */
import type { EntityType, Sentence } from './bio.ts';
import { FEATURE_VERSION, MASK, SLOTS, extract, type NameStats } from './features.ts';
import { LABELS as L, encode } from './labels.ts';
import { score, type ModelData } from './model.ts';
import { lexicon } from './resources.ts';
import { documentTrie } from './doc-names.ts';
import { constrainedTransitions, viterbi } from './viterbi.ts';
import { seededRandom } from '../random.ts';

export interface TrainingSentence extends Sentence {
  /** Names (with types) annotated in the other sentences of its document: the document feature. */
  documentNames?: readonly { text: string; type: EntityType }[];
}

/** Transition weight into a label never seen in training (finite, so the model file stays JSON). */
export const UNSEEN = -1e6;

export interface TrainOptions {
  epochs: number;
  seed: number;
  log?: (line: string) => void;
}

export function train(sentences: readonly TrainingSentence[], stats: NameStats, opts: TrainOptions): ModelData & { featureVersion: number } {
  const lex = lexicon();
  const offsets = new Int32Array(sentences.length + 1);
  sentences.forEach((s, k) => { offsets[k + 1] = offsets[k]! + s.text.length; });
  const total = offsets[sentences.length]!;
  const feats = new Int32Array(total * SLOTS);
  const gold = new Uint8Array(total);
  sentences.forEach((s, k) => {
    const view = feats.subarray(offsets[k]! * SLOTS, offsets[k + 1]! * SLOTS);
    extract(s.text, lex, stats, documentTrie(s.documentNames ?? []), view);
    encode(s.text.length, s.spans, gold.subarray(offsets[k]!, offsets[k + 1]!));
  });
  const D = (MASK + 1) * L;
  const w = new Float32Array(D), u = new Float64Array(D);
  const tw = new Float64Array(L * L), tu = new Float64Array(L * L);
  let c = 1;
  const maxLen = Math.max(1, ...sentences.map((s) => s.text.length));
  const scores = new Float64Array(maxLen * L), pred = new Uint8Array(maxLen);
  const order = Array.from(sentences.keys());
  const random = seededRandom(opts.seed);
  const weights = new Float32Array(D);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    const trans = constrainedTransitions(tw);
    let errors = 0;
    for (const k of order) {
      const n = offsets[k + 1]! - offsets[k]!;
      const f = feats.subarray(offsets[k]! * SLOTS), g = gold.subarray(offsets[k]!);
      score(w, f, n, scores);
      // Cost-augmented decoding: every wrong label gets +1, so a path only counts as right when it
      // beats each wrong one by a margin. (Without it, ties the decoder happens to break the right
      // way stay ties, and the averaged weights can break them the wrong way.)
      for (let i = 0; i < n; i++) for (let y = 0; y < L; y++) if (y !== g[i]) scores[i * L + y]! += 1;
      viterbi(scores, n, trans, pred);
      let changed = false;
      for (let i = 0; i < n; i++) {
        const gp = i > 0 ? g[i - 1]! : -1, pp = i > 0 ? pred[i - 1]! : -1;
        if (g[i] === pred[i] && gp === pp) continue;
        changed = true;
        if (g[i] !== pred[i]) {
          errors++;
          for (let s = 0; s < SLOTS; s++) {
            const x = f[i * SLOTS + s]!;
            if (x < 0) continue;
            w[x * L + g[i]!]! += 1; u[x * L + g[i]!]! += c;
            w[x * L + pred[i]!]! -= 1; u[x * L + pred[i]!]! -= c;
          }
        }
        if (i > 0) {
          tw[gp * L + g[i]!]! += 1; tu[gp * L + g[i]!]! += c;
          tw[pp * L + pred[i]!]! -= 1; tu[pp * L + pred[i]!]! -= c;
        }
      }
      if (changed) trans.set(constrainedTransitions(tw));
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}: ${errors} character errors of ${total}`);
  }
  for (let i = 0; i < D; i++) weights[i] = w[i]! - u[i]! / c;
  const transitions = new Float32Array(L * L);
  for (let i = 0; i < L * L; i++) transitions[i] = tw[i]! - tu[i]! / c;
  // A label the training data never shows (a type absent from a small corpus) keeps weight 0 while
  // the labels it did show can score below 0: make it unreachable instead of a tie-break winner.
  const seen = new Set(gold);
  for (let y = 0; y < L; y++) if (!seen.has(y)) for (let p = 0; p < L; p++) transitions[p * L + y] = UNSEEN;
  return { weights, transitions, stats, featureVersion: FEATURE_VERSION };
}
