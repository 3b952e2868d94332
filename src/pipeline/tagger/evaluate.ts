/** Held-out and BIO-file evaluation of a tagger: mention- and document-level counts per corpus. */
import type { Doc } from './corpus.ts';
import { countDocument, countMentions, emptyCounts, type TypeCounts } from './score.ts';
import type { Tagger } from './tagger.ts';

export interface Evaluation {
  mention: TypeCounts;
  document: TypeCounts;
  chars: number;
  ms: number;
}

/** Tags each document with tagDocument (two passes) and counts against its gold spans. */
export function evaluate(tagger: Tagger, docs: readonly Doc[]): Evaluation {
  const result: Evaluation = { mention: emptyCounts(), document: emptyCounts(), chars: 0, ms: 0 };
  const t = performance.now();
  for (const doc of docs) {
    const texts = doc.sentences.map((s) => s.text);
    const found = tagger.tagDocument(texts);
    doc.sentences.forEach((s, k) => countMentions(result.mention, s.spans, found[k]!));
    const gold = doc.sentences.flatMap((s) => s.spans.map((sp) => ({ type: sp.type, text: s.text.slice(sp.start, sp.end) })));
    countDocument(result.document, gold, found.flat());
    result.chars += texts.reduce((n, x) => n + x.length, 0);
  }
  result.ms = performance.now() - t;
  return result;
}
