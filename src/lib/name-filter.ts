/**
 * What the name filters of the app understand (the /people and /places lists, the values of a
 * search facet), as search does: part of the name or of any text given (roles, the places above),
 * traditional characters (with `fold`), and pinyin: whole (maotengfei), from any syllable on
 * (tengfei), or as initials (mtf). The pinyin comes from the build (the app ships no dictionary).
 */

export type Nameable = {
  name: string;
  /** Toneless syllables separated by spaces: 'mao teng fei'. */
  pinyin?: string;
  /** Other texts that find the entry: roles, other names, the places above. */
  texts?: readonly string[];
};

export type Fold = (text: string) => string;
const same: Fold = (text) => text;

const LETTERS = /^[a-z][a-z\s']*$/;

function pinyinMatches(typed: string, pinyin: string): boolean {
  const syllables = pinyin.split(' ').filter(Boolean);
  if (syllables.map((s) => s[0]).join('').startsWith(typed)) return true;
  // From a later syllable (a given name: tengfei) only from two letters on: one letter would find
  // everyone with that letter anywhere in the name.
  return syllables.some((_, i) => (i === 0 || typed.length > 1) && syllables.slice(i).join('').startsWith(typed));
}

/** Whether `filter` finds `entry`; an empty filter finds everything. */
export function matchesName(filter: string, entry: Nameable, fold: Fold = same): boolean {
  const needle = fold(filter.trim().toLowerCase());
  if (!needle) return true;
  if (entry.pinyin && LETTERS.test(needle) && pinyinMatches(needle.replace(/[\s']/g, ''), entry.pinyin)) return true;
  return [entry.name, ...(entry.texts ?? [])].some((text) => fold(text.toLowerCase()).includes(needle));
}
