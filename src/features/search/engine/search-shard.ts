/** Answers a query from one shard: index candidates (or a scan), then the exact check. */
import type { Query } from 'minisearch';
import { indexLeaves, containsAll, type QueryTerm } from '../../../schema/search-query';
import type { SearchDoc } from '../../../schema/search-data';
import type { LoadedShard } from './shard';

export interface Hit {
  doc: SearchDoc;
  /** Folded fields (title, heading, body), for highlighting. */
  folded: string[];
  score: number;
}

// Field weights for scanned queries, in searchFields order; the same spirit as the index boosts.
const SCAN_WEIGHTS = [3, 1.5, 1];

function occurrences(field: string, text: string): number {
  let n = 0;
  for (let at = field.indexOf(text); at >= 0; at = field.indexOf(text, at + text.length)) n++;
  return n;
}

/** A score for queries the index cannot answer (one character, Latin fragments): weighted occurrences. */
function scanScore(folded: string[], terms: QueryTerm[]): number {
  let score = 0;
  folded.forEach((field, i) => terms.forEach((term) => (score += occurrences(field, term.text) * (SCAN_WEIGHTS[i] ?? 1))));
  return score;
}

/**
 * Every article of the shard that contains all the terms. The index only narrows the candidates;
 * the exact check on the folded text decides, so nothing is found that does not contain the terms.
 */
export function searchShard(shard: LoadedShard, terms: QueryTerm[]): Hit[] {
  if (terms.length === 0) return [];
  const leaves = terms.flatMap((term) => indexLeaves(term.text));
  const candidates: [number, number][] = leaves.length
    ? shard.index
        .search({ combineWith: 'AND', queries: leaves.map((l) => ({ queries: [l.token], prefix: l.prefix })) } as Query)
        .map((r) => [r.id as number, r.score])
    : shard.docs.map((_, i) => [i, 0]);
  const hits: Hit[] = [];
  for (const [i, score] of candidates) {
    const folded = shard.folded[i]!;
    if (!containsAll(folded, terms)) continue;
    hits.push({ doc: shard.docs[i]!, folded, score: leaves.length ? score : scanScore(folded, terms) });
  }
  return hits;
}
