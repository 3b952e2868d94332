// Where a printed headline may break: between its decks first, else between words, never inside one.
// Balanced wrapping alone breaks CJK text between any two letters (成/员国, 世界经济论/坛); the
// browser's word segmenter knows words, but cuts suffixes off as words of their own (成员|国,
// 座谈|会), so a lone Han letter stays with the word before it.

export type Range = readonly [start: number, end: number];

const OPENING = /^[“‘《（(〈「『【〔]+$/u;
const LONE_HAN = /^\p{Script=Han}$/u;
const DIGITS_OR_LATIN = /^[\p{Nd}A-Za-z.%-]+$/u;
const HAN_START = /^\p{Script=Han}/u;

let segmenter: Intl.Segmenter | null | undefined;
function words(text: string): string[] {
  // Older browsers have no segmenter: the headline is then one unbreakable run per deck, wrapped
  // only where it must (overflow-wrap), which still beats a break inside any word.
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [text];
}

/** Offsets (inside `[from, to)`) where a deck of a headline may break, none inside a `keep` range. */
export function wordBreaks(text: string, from = 0, to = text.length, keep: readonly Range[] = []): number[] {
  const pieces = words(text.slice(from, to));
  const breaks: number[] = [];
  let at = from;
  pieces.forEach((piece, i) => {
    const start = at;
    at += piece.length;
    if (i === 0) return;
    const previous = pieces[i - 1]!;
    const glued =
      LONE_HAN.test(piece) || // a suffix: 成员|国, 座谈|会
      /^[\p{P}\p{S}]+$/u.test(piece) && !OPENING.test(piece) || // closing marks stay with their word
      OPENING.test(previous) || // “ stays with what it opens
      (DIGITS_OR_LATIN.test(previous) && HAN_START.test(piece)); // 9|月份, 40|周年
    if (glued || keep.some(([s, e]) => start > s && start < e)) return;
    breaks.push(start);
  });
  return breaks;
}

/** A headline's decks (the runs a printed space separates) and the chunks between word breaks. */
export function headlineDecks(text: string, keep: readonly Range[] = []): Range[][] {
  const decks: Range[][] = [];
  const deckRe = /[^ \u3000]+/g;
  for (let m = deckRe.exec(text); m; m = deckRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const cuts = [start, ...wordBreaks(text, start, end, keep), end];
    decks.push(cuts.slice(1).map((cut, i) => [cuts[i]!, cut] as const));
  }
  return decks;
}
