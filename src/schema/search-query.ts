/**
 * What a query means, shared by the app and the tests: terms and "quoted phrases", the plain
 * containment check the index must agree with, and where the terms occur for highlighting.
 */
import { fold } from './search.ts';

export interface QueryTerm {
  /** As typed, for messages and for highlighting in the article. */
  raw: string;
  /** Folded: what a matching article must contain. */
  text: string;
  phrase: boolean;
}

// A quote opens a phrase that runs to the closing quote, or to the end while it is still being typed.
const TERM = /["“「『]([^"”」』]*)["”」』]?|([^\s"“「『]+)/g;

/**
 * Splits a query into terms: spaces separate terms that must all occur (AND); "…" or “…” keep a
 * phrase whole, spaces included. Terms are folded (traditional → simplified, case) and de-duplicated.
 */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const m of query.matchAll(TERM)) {
    const phrase = m[1] !== undefined;
    // Line breaks separate fields in the index, so they cannot be part of a term.
    const raw = (m[1] ?? m[2] ?? '').replace(/[\r\n]+/g, ' ').trim();
    const text = fold(raw);
    if (text && !terms.some((t) => t.text === text)) terms.push({ raw, text, phrase });
  }
  return terms;
}

/** The meaning of a match: every term occurs in at least one of the (folded) fields. */
export function containsAll(foldedFields: readonly string[], terms: readonly QueryTerm[]): boolean {
  return terms.every((term) => foldedFields.some((field) => field.includes(term.text)));
}

export type Range = [start: number, end: number];

/** Where any of `needles` occurs literally in `text`: sorted, overlaps merged, for highlighting. */
export function literalRanges(text: string, needles: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Where the terms occur in folded text, sorted with overlaps merged; same offsets as the original. */
export function matchRanges(foldedText: string, terms: readonly QueryTerm[]): Range[] {
  return literalRanges(foldedText, terms.map((term) => term.text));
}
