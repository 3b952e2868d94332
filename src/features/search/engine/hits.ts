/**
 * The articles that contain every term of a query, each with a relevance score: BM25 over the
 * occurrences found by the index, an occurrence in the title counting 3 times, in the kicker,
 * subtitles or byline 1.5 times.
 */
import type { QueryTerm } from '../../../schema/search-query';
import type { Postings } from '../../../schema/search-postings';
import { fieldAt, lengthOf, type DocTable } from './doc-table';
import { matchTerm } from './match';
import type { PostingsStore } from './postings-store';
import { settledAll } from '../../../lib/settled-all';

export interface Hit {
  doc: number;
  score: number;
}

const FIELD_WEIGHTS = [3, 1.5, 1] as const;
const K1 = 1.2;
const B = 0.75;

/** Every article holding all the terms, scored, in article order (newest issue first). */
export function scoreHits(table: DocTable, perTerm: readonly Postings[]): Hit[] {
  if (perTerm.length === 0) return [];
  const idf = perTerm.map((m) => Math.log(1 + (table.count - m.ids.length + 0.5) / (m.ids.length + 0.5)));
  const smallest = perTerm.reduce((a, b) => (b.ids.length < a.ids.length ? b : a));
  // All id lists are ascending: each term keeps a cursor that only moves forward.
  const cursors = new Int32Array(perTerm.length);
  const hits: Hit[] = [];
  for (let s = 0; s < smallest.ids.length; s++) {
    const doc = smallest.ids[s]!;
    let inAll = true;
    for (let t = 0; t < perTerm.length && inAll; t++) {
      const ids = perTerm[t]!.ids;
      let c = cursors[t]!;
      while (c < ids.length && ids[c]! < doc) c++;
      cursors[t] = c;
      inAll = ids[c] === doc;
    }
    if (!inAll) continue;
    const norm = K1 * (1 - B + (B * lengthOf(table, doc)) / table.averageLength);
    let score = 0;
    for (let t = 0; t < perTerm.length; t++) {
      const { starts, positions } = perTerm[t]!;
      let tf = 0;
      for (let a = starts[cursors[t]!]!; a < starts[cursors[t]! + 1]!; a++) tf += FIELD_WEIGHTS[fieldAt(table, doc, positions[a]!)];
      score += (idf[t]! * tf * (K1 + 1)) / (tf + norm);
    }
    hits.push({ doc, score });
  }
  return hits;
}

/**
 * Answers the terms from the index: exactly the articles that contain all of them. The table may
 * still be on its way: a cold query's chunks download meanwhile, all terms' in parallel.
 */
export async function findHits(store: PostingsStore, table: DocTable | Promise<DocTable>, terms: readonly QueryTerm[]): Promise<Hit[]> {
  // Every download settles before a failure is reported: a retry then fetches each failed one afresh.
  const [loaded, perTerm] = await settledAll([Promise.resolve(table), settledAll(terms.map((term) => matchTerm(store, term.text)))]);
  return perTerm.some((m) => m.ids.length === 0) ? [] : scoreHits(loaded, perTerm);
}
