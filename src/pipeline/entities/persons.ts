/**
 * Person names from evidence in the text itself: a title right before the name (副市长顾峰),
 * enumerations continuing a name (刘柏生、李智、钟燕), lists of names that attend something
 * (王某、李某参加…), names before 代表建议/同志, and byline-style credits. Pure functions over one text.
 */
import { titleChain } from './title-chain.ts';
import {
  COMMON_SURNAMES, COMPOUND_SURNAMES, DELIMITER, FOLLOWERS, RARE_SURNAMES, STRONG_TITLES, TITLES, TRANSLITERATION, isCommonWord,
} from './lexicon.ts';

export interface PersonSpan {
  start: number;
  end: number;
  name: string;
  /** strong: right after a title; weak: list or cue word, needs a common surname. */
  strength: 'strong' | 'weak';
  /** The title word right before the name (主任). */
  role?: string;
  /** The whole posts printed before the name, in reading order (市委书记, 市人大常委会主任): title-chain.ts. */
  posts?: string[];
  /** A list of names whose items need confirming elsewhere before they count. */
  listId?: number;
}

// Any Han character, Extension A and the supplementary planes included (𠮷, 䶮): names use them.
const HAN = /^\p{Script=Han}+$/u;
/** Outside the common block (U+4E00–9FFF): rare characters, in running text almost only in names. */
const RARE_HAN = /^[\u3400-\u4dbf\u{20000}-\u{3ffff}]/u;
/** Length in characters (code points), not UTF-16 units: 𠮷 is one character. */
export const charCount = (s: string) => [...s].length;
/** The `n` characters of `text` from unit offset `q` (fewer at the end), by code point: a name may hold characters outside the BMP. */
const charsAt = (text: string, q: number, n: number) => Array.from(text.slice(q, q + 2 * n)).slice(0, n).join('');
/** Title words in a text, leftmost-longest; shared with the OCR-variant rule. */
export const TITLE_RE = new RegExp(TITLES.join('|'), 'g');
// Every position a title starts at, overlapping ones included (党总支书记 holds 支书 and 书记).
const TITLE_AT = new RegExp(`(?=(${TITLES.join('|')}))`, 'g');

function startsWithFollower(rest: string): boolean {
  if (rest === '' || DELIMITER.test(rest[0]!)) return true;
  return FOLLOWERS.some((f) => rest.startsWith(f));
}

/** May a name end at `pos` of `text`? */
export function startsWithFollowerAt(text: string, pos: number): boolean {
  return startsWithFollower(text.slice(pos));
}

function surnameOk(name: string, strong: boolean): boolean {
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s) && charCount(name) >= 3)) return true;
  const first = String.fromCodePoint(name.codePointAt(0)!);
  if (COMMON_SURNAMES.has(first)) return true;
  if (!strong) return false;
  return RARE_SURNAMES.has(first) || RARE_HAN.test(first) || Array.from(name).every((c) => TRANSLITERATION.has(c));
}

/** Is `name` plausible as a person's name by its own letters (no title inside, not a common word)? */
function shapeOk(name: string, strong: boolean): boolean {
  if (!HAN.test(name)) return false;
  TITLE_RE.lastIndex = 0;
  if (TITLE_RE.test(name.slice(1))) return false;
  // A strong cue outweighs the dictionary (秘书长陆军); weaker evidence does not (市民纷纷).
  if (!strong && isCommonWord(name, 5)) return false;
  // 高兴地 after 市民: an adverb, not a name (a weak cue cannot tell them apart by itself).
  if (!strong && charCount(name) === 3 && (isCommonWord(name.slice(0, 2), 2000) || /[地得着了的]$/.test(name))) return false;
  return true;
}

/** The name starting at q, if one fits there; lengths 2–3 (4 for compound or foreign names). */
export function nameAt(text: string, q: number, strong: boolean): string | null {
  const compound = COMPOUND_SURNAMES.some((s) => text.startsWith(s, q));
  const foreign = strong && TRANSLITERATION.has(text[q] ?? '');
  const lengths = compound ? [3, 4] : foreign ? [2, 3, 4] : [2, 3];
  const fits = lengths.filter((len) => {
    const name = charsAt(text, q, len);
    if (charCount(name) !== len || !surnameOk(name, strong) || !shapeOk(name, strong)) return false;
    if (len === 4 && !compound && !Array.from(name).every((c) => TRANSLITERATION.has(c))) return false;
    return startsWithFollower(text.slice(q + name.length));
  });
  if (fits.length === 0) return null;
  // 李强在… : when the shorter name is followed by a reporting word, the third letter is not the name's.
  const short = fits.find((l) => l === lengths[0]);
  if (short !== undefined && fits.length > 1 && FOLLOWERS.some((f) => text.startsWith(f, q + charsAt(text, q, short).length))) {
    return charsAt(text, q, short);
  }
  return charsAt(text, q, fits.at(-1)!);
}

/** Names continuing an enumeration after `end`: 、X、Y or 和X, with the same strength. */
function continueList(text: string, end: number, strong: boolean, role: string | undefined, posts: string[] | undefined, out: PersonSpan[]): void {
  let e = end;
  for (;;) {
    const sep = /^(?:、|和|及|与| )/.exec(text.slice(e));
    if (!sep) return;
    const q = e + sep[0].length;
    const name = nameAt(text, q, strong);
    if (!name) return;
    out.push({ start: q, end: q + name.length, name, strength: strong ? 'strong' : 'weak', role, posts });
    e = q + name.length;
  }
}

/** Names right after a title word (and the enumeration that follows them). */
function afterTitles(text: string, out: PersonSpan[]): void {
  for (const m of text.matchAll(TITLE_AT)) {
    const title = m[1]!;
    let q = m.index! + title.length;
    while (text[q] === '/' || text[q] === ' ') q++;
    if (out.some((s) => s.start === q)) continue;
    const strong = STRONG_TITLES.has(title);
    const name = nameAt(text, q, strong);
    if (!name) continue;
    const role = title === '岁的' ? undefined : title;
    const posts = role ? titleChain(text, m.index!, title) : undefined;
    out.push({ start: q, end: q + name.length, name, strength: strong ? 'strong' : 'weak', role, posts });
    continueList(text, q + name.length, strong, role, posts, out);
  }
}

/** 王某、李某、张某参加… at a clause start: every item is a name once one of them is confirmed. */
function attendanceLists(text: string, out: PersonSpan[], nextListId: () => number): void {
  const re = /(?:^|[，。；：！？,;:\s（(“])((?:\p{Script=Han}{2,4}、)+\p{Script=Han}{2,4}?)(?=等|参加|出席|到|代表|同志|列席|分别|先后|一行|陪同|共同)/gu;
  for (const m of text.matchAll(re)) {
    const body = m[1]!;
    const offset = m.index! + m[0].length - body.length;
    const items = body.split('、');
    const spans: PersonSpan[] = [];
    let pos = offset;
    for (const item of items) {
      const name = HAN.test(item) && charCount(item) <= 4 && surnameOk(item, true) && shapeOk(item, false) ? item : null;
      if (!name) return;
      spans.push({ start: pos, end: pos + item.length, name, strength: 'weak' });
      pos += item.length + 1;
    }
    const listId = nextListId();
    out.push(...spans.map((s) => ({ ...s, listId })));
  }
}

/** 谢某某代表建议, 黄某某同志, and a lone name opening a clause before 参加/出席. */
function beforeCues(text: string, out: PersonSpan[]): void {
  for (const m of text.matchAll(/代表(?:建议|认为|提出|表示)|同志|参加|出席/g)) {
    const p = m.index!;
    for (const len of [3, 2]) {
      const q = p - len;
      if (q < 0) continue;
      const name = text.slice(q, p);
      const opensClause = q === 0 || DELIMITER.test(text[q - 1]!);
      const cue = m[0];
      if (!opensClause && (cue === '参加' || cue === '出席' || len === 2)) continue;
      if (!HAN.test(name) || !surnameOk(name, false) || !shapeOk(name, false)) continue;
      out.push({ start: q, end: p, name, strength: 'weak' });
      break;
    }
  }
}

/** Every cue-based person span in one text; overlapping spans are resolved by the caller. */
export function personCues(text: string, nextListId: () => number): PersonSpan[] {
  const out: PersonSpan[] = [];
  afterTitles(text, out);
  attendanceLists(text, out, nextListId);
  beforeCues(text, out);
  return out;
}

