// Descriptions are cut for search results and link previews, which show roughly 80–120 Chinese
// characters. Counting UTF-16 units (String#slice) can split a supplementary-plane character (𠮷)
// into a lone surrogate, which a crawler shows as �; these helpers count code points and never end
// on half a character, a combining mark's base, or a joiner.

/** Where a Chinese sentence may end. */
const SENTENCE_END = /[。！？!?]/u;
/** What closes a quotation or aside right after its sentence's end. */
const CLOSING = /^[”’」』）》\])]$/u;
/** Code points that belong to the character before them: a cut must not separate them from it. */
// Variation selectors are marks (Mn) too; the joiner glues an emoji sequence.
const ATTACHED = /^(?:\p{M}|\u200d)$/u;

/** Whitespace runs (OCR line breaks, full-width spaces) as one space, and none at either end. */
export function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * `text` tidied and at most `max` code points long. When it must be cut, it ends at the last sentence
 * end in its second half if there is one (a whole sentence needs no mark), else mid-sentence with …
 * (which counts towards `max`).
 */
export function clip(text: string, max: number): string {
  if (max < 2) throw new RangeError(`clip: max must be at least 2, got ${max}`);
  const chars = Array.from(tidy(text));
  if (chars.length <= max) return chars.join('');
  let end = max - 1;
  // Back off until the cut falls between two characters, not inside one.
  while (end > 0 && (ATTACHED.test(chars[end]!) || chars[end - 1] === '\u200d')) end -= 1;
  // A sentence that ends inside the limit, with the closing quote or bracket that follows it (。”).
  for (let i = max - 1; i >= Math.floor(max / 2); i -= 1) {
    if (!SENTENCE_END.test(chars[i]!)) continue;
    const closed = CLOSING.test(chars[i + 1] ?? '');
    if (closed && i + 1 >= max) continue; // its closing quote would not fit: an earlier sentence, then
    return chars.slice(0, i + 1 + (closed ? 1 : 0)).join('');
  }
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

/** Code points in `text` (what a reader counts as characters, for lengths in tests and limits). */
export const charCount = (text: string): number => Array.from(text).length;
