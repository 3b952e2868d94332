/**
 * The combination over a whole corpus: the policy of combine.ts merges the tagger's spans with the
 * rules' in each text, then the names the tagger found often and confidently are looked for in every text.
 */
import { combineText, namesToSpread, spreadText, type SourcedSpan, type TaggedSpan } from './combine.ts';
import { trieOf, type EntitySpan } from './extract.ts';

/** Rule spans only, marked as such (a build without a tagger). */
export const rulesOnly = (spans: EntitySpan[][]): SourcedSpan[][] => spans.map((list) => list.map((s) => ({ ...s, source: 'rule' as const })));

/** `tagged[i]` holds the tagger's spans in text `i`; `articleOf[i]` the article text `i` belongs to. */
export function combineCorpus(texts: readonly string[], rules: EntitySpan[][], tagged: TaggedSpan[][], articleOf: readonly number[]): SourcedSpan[][] {
  // Rules and tagger both give the same spans for the same text within one corpus, so a repeated
  // paragraph (most of a ten-year archive) is combined once.
  const memo = new Map<string, ReturnType<typeof combineText>>();
  const combined = texts.map((t, i) => {
    let c = memo.get(t);
    if (!c) memo.set(t, (c = combineText(rules[i]!, tagged[i]!)));
    return c;
  });
  const names = namesToSpread(combined.map((c) => c.spans), articleOf);
  const trie = trieOf(names.keys());
  return texts.map((t, i) => spreadText(t, combined[i]!.spans, combined[i]!.orgs, names, trie));
}
