/**
 * Features of each character of a text, hashed from char codes into [0, 2^HASH_BITS): no string is
 * made per character. Templates (FEATURE_VERSION changes whenever one does):
 *  - characters: unigrams at −2…+2, bigrams, trigrams around the character (digits and letters folded);
 *  - character types (Han, numeral, digit, Latin, punctuation) at −1, 0, +1;
 *  - surnames and given-name characters (the rules' lists and statistics learned from training data);
 *  - the gazetteer's longest match covering the character (B/I/E and level; countries included);
 *  - jieba's dictionary: forward-maximum-matching word position and POS, longest words starting/ending here;
 *  - the rules' cues: a title word just before, a follower word (表示, 同志, 等…) just after;
 *  - the dictionary word the character is in (identity and position), and the characters either side of it;
 *  - names tagged elsewhere in the same document (second pass of tagDocument), position and type.
 */
import type { Lexicon } from './resources.ts';
import type { CharTrie } from './trie.ts';

export const FEATURE_VERSION = 4;
export const HASH_BITS = 18;
export const MASK = (1 << HASH_BITS) - 1;
/** Feature slots per character (absent features are -1). */
export const SLOTS = 34;

/** Surname and given-name statistics from the training data, by code unit (buckets 0–3). */
export interface NameStats {
  surname: Uint8Array;
  given: Uint8Array;
}

const BOS = 1, EOS = 2;

/** Folded code of a character: full-width ASCII to ASCII, all digits to '0', letters to lower case. */
export function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 48 && code <= 57) return 48;
  if (code >= 65 && code <= 90) return code + 32;
  return code;
}

/**
 * A code unit with every digit (ASCII or full-width) read as '0': the features never see which digit
 * it is, so texts that differ only in digits (a date moved to another day) tag alike and share a memo.
 */
export const digitFolded = (code: number) => ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19) ? 48 : code);
/** The text as the features see its digits (the tagger's memo key). */
export const foldDigits = (text: string) => text.replace(/[0-9０-９]/g, '0');

const NUMERALS = new Set(Array.from('〇零一二三四五六七八九十百千万亿两').map((c) => c.charCodeAt(0)));
/** 1 Han, 2 Chinese numeral, 3 digit, 4 Latin, 5 punctuation/other, 6 boundary. */
export function charType(code: number): number {
  if (code === BOS || code === EOS) return 6;
  if (NUMERALS.has(code)) return 2;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xd800 && code <= 0xdfff)) return 1;
  if (code === 48) return 3;
  if (code >= 97 && code <= 122) return 4;
  return 5;
}

/** Feature index of template `t` with values a, b, c. */
export function hash(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 0x3c6ef372, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & MASK;
}

// Per-text work arrays, grown as needed and reused.
let cap = 0;
let codes = new Int32Array(0), types = new Int32Array(0), seg = new Int32Array(0), startW = new Int32Array(0), endW = new Int32Array(0);
let posLen = new Int32Array(0), posVal = new Int32Array(0), gazLen = new Int32Array(0), gazVal = new Int32Array(0);
let wordOf = new Int32Array(0), gazAt = new Int32Array(0), titleEnd = new Uint8Array(0), followAt = new Uint8Array(0), docAt = new Int32Array(0), compAt = new Uint8Array(0);
function grow(n: number) {
  if (n + 4 <= cap) return;
  cap = (n + 4) * 2;
  codes = new Int32Array(cap); types = new Int32Array(cap); seg = new Int32Array(cap); startW = new Int32Array(cap); endW = new Int32Array(cap);
  posLen = new Int32Array(cap); posVal = new Int32Array(cap); gazLen = new Int32Array(cap); gazVal = new Int32Array(cap);
  wordOf = new Int32Array(cap); gazAt = new Int32Array(cap); titleEnd = new Uint8Array(cap); followAt = new Uint8Array(cap); docAt = new Int32Array(cap); compAt = new Uint8Array(cap);
}

/** Marks a match of `len` ≥ 1 characters at `i` as part (1 B, 2 I, 3 E, 4 S) × 256 + value. */
function markSpan(out: Int32Array, i: number, len: number, value: number) {
  if (len === 1) out[i] = 4 * 256 + value;
  else {
    out[i] = 256 + value;
    for (let k = i + 1; k < i + len - 1; k++) out[k] = 2 * 256 + value;
    out[i + len - 1] = 3 * 256 + value;
  }
}

/** Marks the greedy leftmost-longest matches of a trie layer over the text: part (1 B, 2 I, 3 E, 4 S) × 256 + value. */
function cover(text: string, n: number, trie: CharTrie, layer: Int32Array, out: Int32Array, minLen: number) {
  out.fill(0, 0, n);
  let i = 0;
  while (i < n) {
    let node = 0, len = 0, value = 0;
    for (let j = i; j < n; j++) {
      node = trie.next(node, digitFolded(text.charCodeAt(j)));
      if (node < 0) break;
      const v = layer[node] ?? 0;
      if (v > 0 && j + 1 - i >= minLen) { len = j + 1 - i; value = v; }
    }
    if (len === 0) { i++; continue; }
    markSpan(out, i, len, value);
    i += len;
  }
}

/** Like cover(), from the longest match (length, value) starting at each position. */
function coverFrom(n: number, lens: Int32Array, values: Int32Array, out: Int32Array) {
  out.fill(0, 0, n);
  for (let i = 0; i < n; ) {
    const len = lens[i]!, value = values[i]!;
    if (len === 0) { i++; continue; }
    markSpan(out, i, len, value);
    i += len;
  }
}

/** Scans the lexicon once: dictionary words starting/ending at each position, titles, followers, compound surnames. */
function scanLexicon(text: string, n: number, lex: Lexicon) {
  posLen.fill(0, 0, n); gazLen.fill(0, 0, n);
  startW.fill(0, 0, n); endW.fill(0, 0, n); titleEnd.fill(0, 0, n); followAt.fill(0, 0, n); compAt.fill(0, 0, n);
  const { trie, pos, gaz, title, follow, compound } = lex;
  for (let i = 0; i < n; i++) {
    let node = 0;
    for (let j = i; j < n; j++) {
      node = trie.next(node, digitFolded(text.charCodeAt(j)));
      if (node < 0) break;
      const len = j + 1 - i;
      const p = pos[node] ?? 0;
      if (p > 0) {
        posLen[i] = len; posVal[i] = p;
        const v = Math.min(len, 4) * 1024 + p;
        startW[i] = v;
        if ((endW[j]! >> 10) < Math.min(len, 4)) endW[j] = v;
      }
      const g = gaz[node] ?? 0;
      if (g > 0 && len >= 2) { gazLen[i] = len; gazVal[i] = g; }
      if ((title[node] ?? 0) > 0) titleEnd[j] = 1;
      if ((follow[node] ?? 0) > 0) followAt[i] = 1;
      if ((compound[node] ?? 0) > 0) compAt[i] = 1;
    }
  }
}

/**
 * Writes the features of every character of `text` into `out` (n × SLOTS, -1 = absent).
 * `docNames` is a trie of names tagged elsewhere in the document (layer 'doc': type index + 1).
 */
export function extract(text: string, lex: Lexicon, stats: NameStats, docNames: CharTrie | null, out: Int32Array): void {
  const n = text.length;
  grow(n);
  // codes[k + 2] is the folded char at k; two boundary codes either side.
  codes[0] = codes[1] = BOS;
  for (let i = 0; i < n; i++) codes[i + 2] = fold(text.charCodeAt(i));
  codes[n + 2] = codes[n + 3] = EOS;
  for (let i = 0; i < n + 4; i++) types[i] = charType(codes[i]!);
  scanLexicon(text, n, lex);
  coverFrom(n, posLen, posVal, seg);
  coverFrom(n, gazLen, gazVal, gazAt);
  // The dictionary word each character is in (its own hash for a character outside any word).
  for (let i = 0; i < n; ) {
    let end = i + 1;
    if (seg[i]! >> 8 === 1) while (end < n && seg[end - 1]! >> 8 !== 3) end++;
    let h = 0x811c9dc5;
    for (let k = i; k < end; k++) h = Math.imul(h ^ codes[k + 2]!, 0x01000193);
    for (let k = i; k < end; k++) wordOf[k] = h;
    i = end;
  }
  if (docNames) cover(text, n, docNames, docNames.layer('doc'), docAt, 2);
  else docAt.fill(0, 0, n);
  const sur = (k: number) => (k < 0 || k >= n ? 0 : stats.surname[digitFolded(text.charCodeAt(k))]! * 4 + lex.surname[digitFolded(text.charCodeAt(k))]!);
  const giv = (k: number) => (k < 0 || k >= n ? 0 : stats.given[digitFolded(text.charCodeAt(k))]!);
  const tr = (k: number) => (k < 0 || k >= n ? 0 : lex.transliteration[digitFolded(text.charCodeAt(k))]!);
  for (let i = 0; i < n; i++) {
    const o = i * SLOTS, c = i + 2;
    const m2 = codes[c - 2]!, m1 = codes[c - 1]!, c0 = codes[c]!, p1 = codes[c + 1]!, p2 = codes[c + 2]!;
    out[o] = hash(0, 0);
    out[o + 1] = hash(1, m2); out[o + 2] = hash(2, m1); out[o + 3] = hash(3, c0); out[o + 4] = hash(4, p1); out[o + 5] = hash(5, p2);
    out[o + 6] = hash(6, m2, m1); out[o + 7] = hash(7, m1, c0); out[o + 8] = hash(8, c0, p1); out[o + 9] = hash(9, p1, p2);
    out[o + 10] = hash(10, m1, c0, p1); out[o + 11] = hash(11, m2, m1, c0); out[o + 12] = hash(12, c0, p1, p2);
    out[o + 13] = hash(13, types[c - 1]!, types[c]!, types[c + 1]!);
    out[o + 14] = hash(14, sur(i), giv(i + 1), giv(i + 2));
    out[o + 15] = hash(15, sur(i - 1), giv(i), giv(i + 1));
    out[o + 16] = hash(16, sur(i - 2), giv(i - 1), giv(i));
    out[o + 17] = hash(17, compAt[i]! + 2 * (i > 0 ? compAt[i - 1]! : 0), giv(i + 1), giv(i + 2));
    out[o + 18] = gazAt[i] ? hash(18, gazAt[i]!) : -1;
    out[o + 19] = gazAt[i] ? hash(19, gazAt[i]!, c0) : -1;
    out[o + 20] = hash(20, seg[i]!);
    out[o + 21] = hash(21, seg[i]!, i > 0 ? seg[i - 1]! : -1, i + 1 < n ? seg[i + 1]! : -1);
    out[o + 22] = hash(22, startW[i]!);
    out[o + 23] = hash(23, endW[i]!);
    out[o + 24] = hash(24, seg[i]!, c0);
    const tb = i > 0 ? titleEnd[i - 1]! : 0, tb2 = i > 1 ? titleEnd[i - 2]! : 0;
    out[o + 25] = tb || tb2 ? hash(25, tb, tb2, sur(i)) : -1;
    const f1 = i + 1 < n ? followAt[i + 1]! : 1, f2 = i + 2 < n ? followAt[i + 2]! : 1, f3 = i + 3 < n ? followAt[i + 3]! : 1;
    out[o + 26] = hash(26, f1, f2, f3);
    out[o + 27] = docAt[i] ? hash(27, docAt[i]!) : -1;
    out[o + 28] = docAt[i] ? hash(28, docAt[i]!, c0) : -1;
    out[o + 29] = hash(29, tr(i - 1), tr(i), tr(i + 1));
    out[o + 30] = hash(30, giv(i), c0);
    out[o + 31] = hash(31, types[c]!, seg[i]! >> 8, gazAt[i]! >> 8);
    out[o + 32] = hash(32, wordOf[i]!, seg[i]! >> 8);
    out[o + 33] = hash(33, m1, p1);
  }
}
