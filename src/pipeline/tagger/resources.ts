/**
 * The knowledge the tagger's features read, built once per process: jieba's dictionary (word
 * boundaries and parts of speech), the committed gazetteer (places by level, countries included),
 * the existing rules' title and follower words, and the compound surnames — all in one CharTrie.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gazetteer, placeLevels } from '../entities/gazetteer.ts';
import { COMMON_SURNAMES, COMPOUND_SURNAMES, FOLLOWERS, RARE_SURNAMES, TITLES, TRANSLITERATION } from '../entities/lexicon.ts';
import { CharTrie } from './trie.ts';

/** jieba's tags the features tell apart; every other tag is "other". */
const POS = ['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'n', 'vn', 'v', 'a', 'ad', 'd', 'm', 'q', 't', 'f', 's', 'i', 'l', 'j', 'p', 'c', 'u', 'r'];
export const posId = (tag: string) => 1 + (POS.indexOf(tag) + 1);

export interface Lexicon {
  trie: CharTrie;
  /** Layers of the trie, as arrays indexed by node id. */
  pos: Int32Array;
  gaz: Int32Array;
  title: Int32Array;
  follow: Int32Array;
  compound: Int32Array;
  /** By code unit: 1 common surname, 2 rare surname (the rules' lists). */
  surname: Uint8Array;
  transliteration: Uint8Array;
}

export const JIEBA_DICT = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');

/** A division's name without its last level word, when two or more letters remain. */
const SHORT_FORM = /^(.{2,}?)(?:省|市|县|区|自治州|自治县|地区|盟)$/u;

let cached: Lexicon | null = null;

/** The lexicon (built on first use, about a second: 350k dictionary words). */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const trie = new CharTrie(1 << 20);
  const text = readFileSync(JIEBA_DICT, 'utf8');
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const sp1 = text.indexOf(' ', from);
    if (sp1 > from && sp1 < to) {
      const sp2 = text.indexOf(' ', sp1 + 1);
      const freq = Number(text.slice(sp1 + 1, sp2 < 0 || sp2 > to ? to : sp2));
      const tag = sp2 > 0 && sp2 < to ? text.slice(sp2 + 1, to).trim() : '';
      // Words of 2–6 letters: longer dictionary entries are idioms and phrases, not boundaries a name meets.
      if (sp1 - from >= 2 && sp1 - from <= 6) trie.add(text.slice(from, sp1), 'pos', posId(tag) * 4 + Math.min(3, Math.floor(Math.log10(freq + 1))));
    }
    from = to + 1;
  }
  for (const p of gazetteer()) {
    const level = placeLevels.indexOf(p.level) + 1;
    for (const name of [p.name, ...p.aliases]) {
      trie.add(name, 'gaz', level);
      // News writes 大连 for 大连市, 醴陵 for 醴陵市: the short form of a city or county (not of a
      // town or village, whose short forms are mostly ordinary words) matches too.
      const short = SHORT_FORM.exec(name)?.[1];
      if (short && (p.level === 'city' || p.level === 'county' || p.level === 'province')) trie.add(short, 'gaz', level);
    }
  }
  for (const t of TITLES) trie.add(t, 'title', 1);
  for (const f of FOLLOWERS) trie.add(f, 'follow', 1);
  for (const c of COMPOUND_SURNAMES) trie.add(c, 'compound', 1);
  const surname = new Uint8Array(65536);
  for (const s of RARE_SURNAMES) surname[s.charCodeAt(0)] = 2;
  for (const s of COMMON_SURNAMES) surname[s.charCodeAt(0)] = 1;
  const transliteration = new Uint8Array(65536);
  for (const s of TRANSLITERATION) transliteration[s.charCodeAt(0)] = 1;
  cached = {
    trie, surname, transliteration,
    pos: trie.layer('pos'), gaz: trie.layer('gaz'), title: trie.layer('title'), follow: trie.layer('follow'), compound: trie.layer('compound'),
  };
  return cached;
}
