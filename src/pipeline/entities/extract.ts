/**
 * The extractor: people first (cue rules, then a scan for every name confirmed anywhere in the
 * corpus, which also splits names glued together in headlines), then places over the text with
 * people masked out. One corpus = all texts extracted together (an archive, or one input file).
 */
import { COMMON_SURNAMES, STRONG_TITLES, dictionaryEntry, isCommonWord } from './lexicon.ts';
import { gazetteer, type Place } from './gazetteer.ts';
import { TITLE_RE, nameAt, personCues, startsWithFollowerAt, type PersonSpan } from './persons.ts';

export interface EntitySpan {
  type: 'person' | 'place';
  /** The text as printed (an OCR variant stays as printed). */
  name: string;
  /** The canonical name of a person, the gazetteer id of a place. */
  entityId: string;
  start: number;
  end: number;
  /** The title word before a person's name, and the whole posts printed before it (persons.ts). */
  role?: string;
  posts?: string[];
}

export interface PersonInfo {
  name: string;
  aliases: Set<string>;
  roles: Set<string>;
}

/**
 * A word list for scanning text: every prefix of every word is kept, so a scan reads forward from a
 * position only while the text still spells the start of some word (one or two characters, usually).
 * (Comparing every gazetteer name that shares the first character, as before, made the place scan
 * the slowest part of a ten-year build.)
 */
export interface Trie {
  words: Set<string>;
  prefixes: Set<string>;
}

export function trieOf(words: Iterable<string>): Trie {
  const trie: Trie = { words: new Set(), prefixes: new Set() };
  for (const w of words) {
    trie.words.add(w);
    for (let end = 1; end <= w.length; end++) trie.prefixes.add(w.slice(0, end));
  }
  return trie;
}

/** The words of `trie` that occur in `text` at `i`, longest first. */
export function wordsAt(trie: Trie, text: string, i: number): string[] {
  const found: string[] = [];
  for (let end = i + 1; end <= text.length; end++) {
    const prefix = text.slice(i, end);
    if (!trie.prefixes.has(prefix)) break;
    if (trie.words.has(prefix)) found.push(prefix);
  }
  return found.reverse();
}

/** A match is part of a longer ordinary word: 周恩 in 周恩来, 新华 in 新华社, 卫国 in 保卫国家. */
export function insideWord(text: string, start: number, end: number): boolean {
  for (let k = 1; k <= 2; k++) {
    for (let j = start + 1; j < end; j++) if (start - k >= 0 && isCommonWord(text.slice(start - k, j), 100)) return true;
    for (let j = start + 1; j < end; j++) if (end + k <= text.length && isCommonWord(text.slice(j, end + k), 100)) return true;
    if (end + k <= text.length && isCommonWord(text.slice(start, end + k), 100)) return true;
  }
  return false;
}

/**
 * A place name that is the start or the middle of a longer ordinary word (北京 of 北京时间, 中国 of
 * 发展中国家). Organisations named
 * after the place (湖北省委, tagged nt/j by jieba) still mention the place.
 */
function extendsIntoWord(text: string, start: number, end: number): boolean {
  const ordinary = (from: number, to: number) => {
    const e = from >= 0 && to <= text.length ? dictionaryEntry(text.slice(from, to)) : undefined;
    return !!e && e.freq >= 100 && !/^(?:n[srtz]|j)/.test(e.tag);
  };
  for (let k = 1; k <= 2; k++) {
    if (ordinary(start, end + k)) return true;
    // Or in the middle of one: 中国 of 发展中国家.
    for (let b = 1; b <= 3; b++) if (ordinary(start - b, end + k)) return true;
  }
  return false;
}

function overlaps(spans: { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** Pass 1: cue evidence over the corpus → confirmed people (lists need a confirmed or common-surname item). */
function confirmPeople(texts: string[], placeSpans: EntitySpan[][]): { cues: PersonSpan[][]; people: Map<string, PersonInfo> } {
  let listCounter = 0;
  // 湖南省长沙市 holds the title 省长 but no person: cues inside a full place name are dropped.
  const cues = texts.map((t, i) => personCues(t, () => ++listCounter).filter((c) => !overlaps(placeSpans[i]!, c.start, c.end)));
  const people = new Map<string, PersonInfo>();
  const confirm = (s: PersonSpan) => {
    const info = people.get(s.name) ?? { name: s.name, aliases: new Set(), roles: new Set() };
    if (s.role && STRONG_TITLES.has(s.role)) info.roles.add(s.role);
    people.set(s.name, info);
  };
  cues.flat().filter((s) => s.listId === undefined).forEach(confirm);
  const lists = new Map<number, PersonSpan[]>();
  cues.flat().filter((s) => s.listId !== undefined).forEach((s) => lists.set(s.listId!, [...(lists.get(s.listId!) ?? []), s]));
  for (const items of lists.values()) {
    const anyKnown = items.some((s) => people.has(s.name));
    const allCommon = items.every((s) => COMMON_SURNAMES.has(String.fromCodePoint(s.name.codePointAt(0)!)));
    if (anyKnown || allCommon) items.forEach(confirm);
  }
  return { cues, people };
}

/** OCR damage after a title (市长阳卫出国出席): a confirmed name with one letter inserted. */
function ocrVariants(text: string, people: Map<string, PersonInfo>, taken: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(TITLE_RE)) {
    if (!STRONG_TITLES.has(m[0])) continue;
    const q = m.index! + m[0].length;
    const w = text.slice(q, q + 4);
    if (w.length < 4 || overlaps(taken, q, q + 4) || nameAt(text, q, true)) continue;
    // The inserted letter sits inside the name, and the name ends where a name may end.
    if (!startsWithFollowerAt(text, q + 4)) continue;
    for (const cut of [1, 2]) {
      const name = w.slice(0, cut) + w.slice(cut + 1);
      const info = people.get(name);
      if (info && name.length === 3) {
        info.aliases.add(w);
        out.push({ type: 'person', name: w, entityId: name, start: q, end: q + 4, role: m[0] });
        break;
      }
    }
  }
  return out;
}

/** Pass 2: every confirmed name (and alias) wherever it appears, unless it sits inside a word. */
function scanPeople(text: string, cues: PersonSpan[], people: Map<string, PersonInfo>, trie: Trie, aliasOf: Map<string, string>): EntitySpan[] {
  const spans: EntitySpan[] = cues
    .filter((c) => people.has(c.name))
    .map((c) => ({ type: 'person' as const, name: c.name, entityId: c.name, start: c.start, end: c.end, role: c.role, posts: c.posts }));
  spans.push(...ocrVariants(text, people, spans));
  for (let i = 0; i < text.length; i++) {
    if (overlaps(spans, i, i + 1)) continue;
    for (const name of wordsAt(trie, text, i)) {
      if (overlaps(spans, i, i + name.length) || insideWord(text, i, i + name.length)) continue;
      spans.push({ type: 'person', name, entityId: aliasOf.get(name) ?? name, start: i, end: i + name.length });
      i += name.length - 1;
      break;
    }
  }
  return dedupeSpans(spans);
}

function dedupeSpans(spans: EntitySpan[]): EntitySpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((t) => t.start < s.end && s.start < t.end));
}

let placeTrie: { trie: Trie; byName: Map<string, Place> } | null = null;

function places(): { trie: Trie; byName: Map<string, Place> } {
  if (placeTrie) return placeTrie;
  const byName = new Map<string, Place>();
  // Earlier (higher-level) places win a shared name: 朝阳区 of Beijing before the one of Changchun.
  const hunanFirst = [...gazetteer()].sort((a, b) => Number(isHunan(b)) - Number(isHunan(a)));
  for (const p of hunanFirst) for (const n of [p.name, ...p.aliases]) if (!byName.has(n)) byName.set(n, p);
  placeTrie = { trie: trieOf(byName.keys()), byName };
  return placeTrie;
}

function isHunan(p: Place): boolean {
  return p.id === '湖南省' || p.parent === '湖南省' || p.parent === '株洲市' || p.level === 'town' || p.level === 'village';
}

/** Places written with their full administrative name (长沙市, 湖南省), before any person is known. */
function fullPlaceNames(text: string): EntitySpan[] {
  return scanPlaces(text, []).filter((s) => /[省市县区镇乡]$/.test(s.name) && s.name.length >= 3);
}

function scanPlaces(text: string, people: EntitySpan[]): EntitySpan[] {
  const { trie, byName } = places();
  const out: EntitySpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (overlaps(people, i, i + 1)) continue;
    for (const name of wordsAt(trie, text, i)) {
      const end = i + name.length;
      if (overlaps(people, i, end) || extendsIntoWord(text, i, end)) continue;
      // 株洲日报讯 names the newspaper, not the city.
      if (/^(?:日报|晚报|报社)/.test(text.slice(end))) continue;
      out.push({ type: 'place', name, entityId: byName.get(name)!.id, start: i, end });
      i = end - 1;
      break;
    }
  }
  return out;
}

let countyPatterns: Map<string, Place> | null = null;

/** OCR damage in a listed county name (醴陵市、浏口区、芦淞区): one letter off a Hunan county. */
function ocrPlaces(text: string, taken: EntitySpan[]): EntitySpan[] {
  if (!countyPatterns) {
    countyPatterns = new Map();
    for (const p of gazetteer()) {
      if (p.level !== 'county' || !isHunan(p) || p.name.length !== 3) continue;
      for (let k = 0; k < 2; k++) countyPatterns.set(`${p.name.slice(0, k)}?${p.name.slice(k + 1)}`, p);
    }
  }
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(/(?<=^|[、，。；：\s])\p{Script=Han}{2}[区县市](?=[、，。；：\s]|$)/gu)) {
    const start = m.index!;
    if (overlaps(taken, start, start + 3)) continue;
    for (let k = 0; k < 2; k++) {
      const p = countyPatterns.get(`${m[0].slice(0, k)}?${m[0].slice(k + 1)}`);
      if (p) {
        out.push({ type: 'place', name: m[0], entityId: p.id, start, end: start + 3 });
        break;
      }
    }
  }
  return out;
}

/** Reports how far a pass over the corpus has got (for the build's progress display). */
export type OnPass = (pass: string, done: number, total: number) => void;

/** Extracts people and places from every text of a corpus; spans are per text, in text order. */
export function extractCorpus(texts: string[], onPass?: OnPass): { spans: EntitySpan[][]; people: Map<string, PersonInfo> } {
  const each = <T>(pass: string, fn: (text: string, i: number) => T): T[] =>
    texts.map((t, i) => {
      const result = fn(t, i);
      onPass?.(pass, i + 1, texts.length);
      return result;
    });
  const { cues, people } = confirmPeople(texts, each('place names', fullPlaceNames));
  const aliasOf = new Map<string, string>();
  const trie = trieOf(people.keys());
  const personSpans = each('people', (t, i) => scanPeople(t, cues[i]!, people, trie, aliasOf));
  const spans = each('places', (t, i) => {
    const found = [...personSpans[i]!, ...scanPlaces(t, personSpans[i]!)];
    return [...found, ...ocrPlaces(t, found)].sort((a, b) => a.start - b.start);
  });
  return { spans, people };
}

/** The gazetteer place a name or alias means (Hunan's first when several share it), if any. */
export function placeByName(name: string): Place | undefined {
  return places().byName.get(name);
}

let placesById: Map<string, Place> | null = null;

/** A gazetteer place by its id. */
export function placeById(id: string): Place | undefined {
  placesById ??= new Map(gazetteer().map((p) => [p.id, p]));
  return placesById.get(id);
}
