/**
 * What a query means, shared by the app and the tests: terms and "quoted phrases", which of their
 * tokens the bigram index can answer, and the exact check that makes precision 100%.
 */
import { bigrams, fold, textRuns } from './search.ts';

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
    const raw = (m[1] ?? m[2] ?? '').trim();
    const text = fold(raw);
    if (text && !terms.some((t) => t.text === text)) terms.push({ raw, text, phrase });
  }
  return terms;
}

/** A token to look up in the index; `prefix` when the text may continue the word (5 → 5g). */
export interface IndexLeaf {
  token: string;
  prefix: boolean;
}

/**
 * The tokens of a term that the index answers without missing anything. Every bigram of a Han run
 * occurs in any text containing the term. A Latin/number run is only certainly whole when the term
 * bounds it on both sides (中国5G网络); bounded on the left only, the text may extend it (prefix); at
 * the term's start it may be the tail of a longer word (CEP in RCEP), so the index cannot answer it.
 * Lone Han characters are not indexed. A term without leaves is answered by scanning the text.
 */
export function indexLeaves(termText: string): IndexLeaf[] {
  const leaves: IndexLeaf[] = [];
  for (const run of textRuns(termText)) {
    if (run.han) {
      leaves.push(...bigrams(run.text).map((token) => ({ token, prefix: false })));
      continue;
    }
    const boundedLeft = run.start > 0;
    const boundedRight = run.start + run.text.length < termText.length;
    if (boundedLeft) leaves.push({ token: run.text, prefix: !boundedRight });
  }
  return leaves;
}

/** The exact check: every term occurs in at least one of the (folded) fields. */
export function containsAll(foldedFields: readonly string[], terms: readonly QueryTerm[]): boolean {
  return terms.every((term) => foldedFields.some((field) => field.includes(term.text)));
}

export type Range = [start: number, end: number];

/** Where the terms occur in folded text, sorted with overlaps merged; same offsets as the original. */
export function matchRanges(foldedText: string, terms: readonly QueryTerm[]): Range[] {
  const ranges: Range[] = [];
  for (const { text } of terms) {
    for (let at = foldedText.indexOf(text); at >= 0; at = foldedText.indexOf(text, at + text.length)) {
      ranges.push([at, at + text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
