/**
 * Viterbi decoding over per-character label scores plus label-to-label transition scores, with the
 * BIOES constraints as hard walls, and max-marginals (best path score through each label at each
 * position) for the confidence of a span. Buffers are reused between calls: no allocation per text.
 */
import { LABELS as L, allowed, allowedLast } from './labels.ts';

/** Transition score table with forbidden moves at -Infinity; row L is the start of a text. */
export function constrainedTransitions(learned: ArrayLike<number>): Float64Array {
  const t = new Float64Array((L + 1) * L);
  for (let p = -1; p < L; p++)
    for (let c = 0; c < L; c++) t[(p + 1) * L + c] = allowed(p, c) ? (p < 0 ? 0 : learned[p * L + c]!) : -Infinity;
  return t;
}

// The labels that may precede each label (the constraints, so the inner loops skip forbidden moves).
const PREDS: number[][] = Array.from({ length: L }, (_, c) => Array.from({ length: L }, (_, p) => p).filter((p) => allowed(p, c)));
const predStart = new Int32Array(L + 1);
PREDS.forEach((ps, c) => { predStart[c + 1] = predStart[c]! + ps.length; });
const predList = Int32Array.from(PREDS.flat());
// And the labels that may follow each label, for the backward pass.
const SUCCS: number[][] = Array.from({ length: L }, (_, p) => Array.from({ length: L }, (_, c) => c).filter((c) => allowed(p, c)));
const succStart = new Int32Array(L + 1);
SUCCS.forEach((cs, p) => { succStart[p + 1] = succStart[p]! + cs.length; });
const succList = Int32Array.from(SUCCS.flat());

let alpha = new Float64Array(0);
let beta = new Float64Array(0);
let back = new Int8Array(0);

function grow(n: number) {
  if (alpha.length < n * L) {
    alpha = new Float64Array(n * L * 2);
    beta = new Float64Array(n * L * 2);
    back = new Int8Array(n * L * 2);
  }
}

/** Best label sequence for scores[n×L] under transitions `trans` (from constrainedTransitions). */
export function viterbi(scores: ArrayLike<number>, n: number, trans: Float64Array, out: Uint8Array): number {
  if (n === 0) return 0;
  grow(n);
  for (let c = 0; c < L; c++) alpha[c] = trans[c]! + scores[c]!;
  for (let i = 1; i < n; i++) {
    const row = i * L, prevRow = row - L;
    for (let c = 0; c < L; c++) {
      let best = -Infinity, arg = 0;
      for (let k = predStart[c]!, end = predStart[c + 1]!; k < end; k++) {
        const p = predList[k]!;
        const v = alpha[prevRow + p]! + trans[(p + 1) * L + c]!;
        if (v > best) { best = v; arg = p; }
      }
      alpha[row + c] = best + scores[row + c]!;
      back[row + c] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  const last = (n - 1) * L;
  for (let c = 0; c < L; c++) if (allowedLast(c) && alpha[last + c]! > best) { best = alpha[last + c]!; arg = c; }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    if (i > 0) arg = back[i * L + arg]!;
  }
  return best;
}

/**
 * For each position of the decoded path, how much worse the best path is that gives that position
 * another label (0 = a tie, Infinity = no alternative): margins[i]. Call right after viterbi().
 */
export function margins(scores: ArrayLike<number>, n: number, trans: Float64Array, path: Uint8Array, best: number, out: Float64Array): void {
  const last = (n - 1) * L;
  for (let c = 0; c < L; c++) beta[last + c] = allowedLast(c) ? 0 : -Infinity;
  for (let i = n - 2; i >= 0; i--) {
    const row = i * L, next = row + L;
    for (let p = 0; p < L; p++) {
      let b = -Infinity;
      for (let k = succStart[p]!, end = succStart[p + 1]!; k < end; k++) {
        const c = succList[k]!;
        const v = trans[(p + 1) * L + c]! + scores[next + c]! + beta[next + c]!;
        if (v > b) b = v;
      }
      beta[row + p] = b;
    }
  }
  for (let i = 0; i < n; i++) {
    let second = -Infinity;
    for (let c = 0; c < L; c++) {
      if (c === path[i]) continue;
      const v = alpha[i * L + c]! + beta[i * L + c]!;
      if (v > second) second = v;
    }
    out[i] = best - second;
  }
}
