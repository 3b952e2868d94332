/**
 * What a reader gets, not what the tagger alone could: document-level counts of the pipeline's
 * extractor (the rules and the tagger combined by combine.ts, as the build does) on annotated
 * documents, beside the rules alone. Organisations are not extracted, so only people and places count.
 */
import type { Doc } from '../tagger/corpus.ts';
import { countDocument, emptyCounts, type TypeCounts } from '../tagger/score.ts';
import { combineCorpus } from './combine-corpus.ts';
import { extractCorpus } from './extract.ts';
import { tagDistinct } from './tag-texts.ts';

export interface PipelineEvaluation {
  combined: TypeCounts;
  rulesOnly: TypeCounts;
  /** The combined counts when the annotation's one-letter places (中 of 中美, 港) are set aside: the paper's own reference does not count them. */
  withoutAbbreviations: TypeCounts;
}

/** Each document is a corpus of its own, each sentence an article's text, tagged once as the build does. */
export function evaluatePipeline(docs: readonly Doc[]): PipelineEvaluation {
  const result: PipelineEvaluation = { combined: emptyCounts(), rulesOnly: emptyCounts(), withoutAbbreviations: emptyCounts() };
  for (const doc of docs) {
    const texts = doc.sentences.map((s) => s.text);
    const rules = extractCorpus(texts).spans;
    const spans = combineCorpus(texts, rules, tagDistinct(texts), texts.map((_, i) => i));
    const gold = doc.sentences.flatMap((s) => s.spans.filter((g) => g.type !== 'org').map((g) => ({ type: g.type, text: s.text.slice(g.start, g.end) })));
    const found = spans.flat().map((s) => ({ type: s.type, text: s.name }));
    countDocument(result.combined, gold, found);
    countDocument(result.rulesOnly, gold, rules.flat().map((s) => ({ type: s.type, text: s.name })));
    const longer = (x: { type: string; text: string }) => x.type !== 'place' || [...x.text].length > 1;
    countDocument(result.withoutAbbreviations, gold.filter(longer), found.filter(longer));
  }
  return result;
}
