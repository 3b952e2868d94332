/**
 * Where a term occurs, from the positional index alone: a term of two or more code units occurs at
 * p exactly when its i-th key occurs at p + i; a one-unit term wherever a key starting with it does
 * (every character of the indexed text starts a key, see schema/search.ts: indexedText). Results
 * have the shape of postings: articles ascending, each with the positions where the term starts.
 */
import { termKeys } from '../../../schema/search';
import type { Postings } from '../../../schema/search-postings';
import type { PostingsStore } from './postings-store';
import { settledAll } from '../../../lib/settled-all';

const EMPTY: Postings = { ids: new Int32Array(0), starts: new Int32Array(1), positions: new Int32Array(0) };

function indexOf(sorted: Int32Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Articles where the keys occur at consecutive positions: `keys[i]` at p + i. */
export function phraseMatches(keys: readonly Postings[]): Postings {
  if (keys.length === 0) return EMPTY;
  if (keys.length === 1) return keys[0]!;
  // Walk the rarest key; look the others up by binary search.
  let rarest = 0;
  keys.forEach((p, i) => p.ids.length < keys[rarest]!.ids.length && (rarest = i));
  const anchor = keys[rarest]!;
  const ids: number[] = [];
  const starts: number[] = [0];
  const positions: number[] = [];
  const rows = new Int32Array(keys.length);
  for (let r = 0; r < anchor.ids.length; r++) {
    const id = anchor.ids[r]!;
    let everyKey = true;
    for (let i = 0; i < keys.length && everyKey; i++) everyKey = (rows[i] = keys[i] === anchor ? r : indexOf(keys[i]!.ids, id)) >= 0;
    if (!everyKey) continue;
    for (let a = anchor.starts[r]!; a < anchor.starts[r + 1]!; a++) {
      const start = anchor.positions[a]! - rarest;
      if (start < 0) continue;
      let all = true;
      for (let i = 0; i < keys.length && all; i++) {
        const p = keys[i]!;
        all = i === rarest || indexOf(p.positions, start + i, p.starts[rows[i]!]!, p.starts[rows[i]! + 1]!) >= 0;
      }
      if (all) positions.push(start);
    }
    if (positions.length > starts.at(-1)!) {
      ids.push(id);
      starts.push(positions.length);
    }
  }
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), positions: Int32Array.from(positions) };
}

/** Articles holding any of the keys, with all their positions (unordered): a one-character term. */
export function unionMatches(keys: readonly Postings[]): Postings {
  if (keys.length <= 1) return keys[0] ?? EMPTY;
  let maxId = -1;
  for (const p of keys) maxId = Math.max(maxId, p.ids.at(-1) ?? -1);
  // Counting sort by article: count, then place each key's positions after the previous keys'.
  const fill = new Int32Array(maxId + 2);
  for (const p of keys) for (let r = 0; r < p.ids.length; r++) fill[p.ids[r]! + 1]! += p.starts[r + 1]! - p.starts[r]!;
  const ids: number[] = [];
  const starts: number[] = [0];
  for (let id = 0; id <= maxId; id++) {
    if (fill[id + 1] === 0) continue;
    ids.push(id);
    starts.push(starts.at(-1)! + fill[id + 1]!);
  }
  const positions = new Int32Array(starts.at(-1)!);
  ids.forEach((id, row) => (fill[id] = starts[row]!));
  for (const p of keys) {
    for (let r = 0; r < p.ids.length; r++) {
      const id = p.ids[r]!;
      for (let a = p.starts[r]!; a < p.starts[r + 1]!; a++) positions[fill[id]!++] = p.positions[a]!;
    }
  }
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), positions };
}

/**
 * The merged postings of the last few one-character terms, per store: merging every key that starts
 * with 市 (most of the archive) took ~12–20 ms at 10 years, each time the character was searched.
 * At most UNIONS_KEPT, each a few MB at most (the positions of one character over the archive).
 */
const UNIONS_KEPT = 4;
const unions = new WeakMap<PostingsStore, Map<number, Postings>>();

async function charMatches(store: PostingsStore, unit: number): Promise<Postings> {
  let kept = unions.get(store);
  if (!kept) unions.set(store, (kept = new Map()));
  const known = kept.get(unit);
  if (known) {
    kept.delete(unit);
    kept.set(unit, known); // most recently used last
    return known;
  }
  const merged = unionMatches(await store.startingWith(unit));
  kept.set(unit, merged);
  if (kept.size > UNIONS_KEPT) kept.delete(kept.keys().next().value!);
  return merged;
}

/** Every occurrence of a (folded) term in the archive. */
export async function matchTerm(store: PostingsStore, term: string): Promise<Postings> {
  if (term.length === 0) return EMPTY;
  if (term.length === 1) return charMatches(store, term.charCodeAt(0));
  const keys = await settledAll(termKeys(term).map((key) => store.postings(key)));
  if (keys.some((p) => p === undefined)) return EMPTY;
  return phraseMatches(keys as Postings[]);
}
