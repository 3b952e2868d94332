/** Snippets of a hit's text around its matches, with the ranges to highlight. Pure. */
import { matchRanges, type QueryTerm, type Range } from '../../../schema/search-query';
import { fieldText, foldedFields, searchFields, type SearchDocFields } from '../../../schema/search';

/** An article's fields as printed and folded (title, heading, body), to mark matches in. */
export interface TextHit {
  fields: SearchDocFields;
  folded: string[];
}

/** Folds the fields once for all the marking of one result. */
export function textHit(fields: SearchDocFields): TextHit {
  return { fields, folded: foldedFields(fields) };
}

export interface Marked {
  text: string;
  /** Offsets in `text` to highlight. */
  ranges: Range[];
}

const RADIUS = 36;

/** The slice [start, end) of text with the ranges inside it, ellipses marking cut ends. */
function window(text: string, ranges: Range[], start: number, end: number): Marked {
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s + shift, e + shift]);
  return { text: before + text.slice(start, end) + after, ranges: inside };
}

/** Up to `max` snippets from the body around the matches; the start of the body if it has none. */
export function snippetsOf(hit: TextHit, terms: QueryTerm[], max = 2): Marked[] {
  const body = hit.fields.body.replace(/\n/g, ' ');
  const ranges = matchRanges(hit.folded[2] ?? '', terms);
  if (ranges.length === 0) return [window(body, [], 0, Math.min(body.length, RADIUS * 3))];
  const snippets: Marked[] = [];
  let covered = -1;
  for (const [s, e] of ranges) {
    if (snippets.length >= max) break;
    if (s < covered) continue;
    const start = Math.max(0, s - RADIUS);
    const end = Math.min(body.length, e + RADIUS * 2);
    snippets.push(window(body, ranges, start, end));
    covered = end;
  }
  return snippets;
}

/** The title with its matches marked. */
export function markedTitle(hit: TextHit, terms: QueryTerm[]): Marked {
  return { text: hit.fields.title, ranges: matchRanges(hit.folded[0] ?? '', terms) };
}

/**
 * The distinct original spellings the terms matched in this article (国家 for a query 國家), passed
 * to the article page so it can highlight them without knowing about folding.
 */
export function matchedSpellings(hit: TextHit, terms: QueryTerm[], limit = 5): string[] {
  const original = searchFields.map((f) => fieldText(hit.fields, f));
  const spellings = new Set<string>();
  hit.folded.forEach((folded, i) => {
    // Term by term, so two adjacent terms still highlight apart elsewhere in the article.
    for (const term of terms) for (const [s, e] of matchRanges(folded, [term])) spellings.add(original[i]!.slice(s, e));
  });
  return [...spellings].slice(0, limit);
}
