/**
 * BIOES labels over characters: O, then B/I/E/S for each entity type. A span of one character is
 * S-, a longer one B- I…I E-. The transition table forbids what can't be a span (an I- or E-
 * without its B-, a B- that never ends), so Viterbi only ever returns well-formed spans.
 */
import { entityTypes, type EntityType, type GoldSpan } from './bio.ts';

export const O = 0;
export const LABELS = 1 + 4 * entityTypes.length;
const B = 0, I = 1, E = 2, S = 3;
export const labelOf = (type: number, part: number) => 1 + 4 * type + part;
const partOf = (label: number) => (label - 1) % 4;
const typeOf = (label: number) => Math.floor((label - 1) / 4);

export function labelName(label: number): string {
  return label === O ? 'O' : `${'BIES'[partOf(label)]}-${entityTypes[typeOf(label)]}`;
}

/** May `cur` follow `prev`? (prev = -1 at the start of a text.) */
export function allowed(prev: number, cur: number): boolean {
  const open = prev > 0 && (partOf(prev) === B || partOf(prev) === I);
  if (cur === O) return !open;
  const part = partOf(cur);
  if (part === I || part === E) return open && typeOf(prev) === typeOf(cur);
  return !open;
}
/** May a text end on `label`? */
export const allowedLast = (label: number) => label === O || partOf(label) === E || partOf(label) === S;

/** Labels of a text of length n from its spans (spans must not overlap). */
export function encode(n: number, spans: readonly GoldSpan[], out = new Uint8Array(n)): Uint8Array {
  out.fill(O, 0, n);
  for (const s of spans) {
    const t = entityTypes.indexOf(s.type);
    if (s.end - s.start === 1) out[s.start] = labelOf(t, S);
    else {
      out[s.start] = labelOf(t, B);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = labelOf(t, I);
      out[s.end - 1] = labelOf(t, E);
    }
  }
  return out;
}

/** Spans of a well-formed label sequence. */
export function decodeSpans(labels: ArrayLike<number>, n: number): GoldSpan[] {
  const spans: GoldSpan[] = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (l === O) continue;
    const part = partOf(l);
    const type: EntityType = entityTypes[typeOf(l)]!;
    if (part === S) spans.push({ type, start: i, end: i + 1 });
    else if (part === B) start = i;
    else if (part === E && start >= 0) {
      spans.push({ type, start, end: i + 1 });
      start = -1;
    }
  }
  return spans;
}
