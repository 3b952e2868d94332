/**
 * What a query means, shared by the app and the tests: terms and "quoted phrases", the plain
 * containment check the index must agree with, and where the terms occur for highlighting.
 */
import { fold } from './search.ts';
import { literalRanges, type Range } from './ranges.ts';

// Highlighting needs no folding: in a module of its own, so the article page loads none of it.
export { literalRanges, type Range };

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

/** Where the terms occur in folded text, sorted with overlaps merged; same offsets as the original. */
export function matchRanges(foldedText: string, terms: readonly QueryTerm[]): Range[] {
  return literalRanges(foldedText, terms.map((term) => term.text));
}
