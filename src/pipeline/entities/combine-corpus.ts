/**
 * The combination over a whole corpus: the tagger reads each article's texts together, the policy
 * of combine.ts merges its spans with the rules', then the names it found often and confidently
 * are looked for in every text.
 */
import { combineText, namesToSpread, spreadText, type DocumentTagger, type SourcedSpan, type TaggedSpan } from './combine.ts';
import { trieOf, type EntitySpan, type OnPass } from './extract.ts';

/** Rule spans only, marked as such (a build without a tagger). */
export const rulesOnly = (spans: EntitySpan[][]): SourcedSpan[][] => spans.map((list) => list.map((s) => ({ ...s, source: 'rule' as const })));

/**
 * `articleOf[i]` is the article text `i` belongs to (texts of one article are consecutive).
 * Articles printed again with the same texts (the same story in two issues, a repeated notice)
 * are tagged once: the tagger's output depends only on the texts it is given.
 */
export function combineCorpus(texts: string[], rules: EntitySpan[][], articleOf: readonly number[], tagger: DocumentTagger, onPass?: OnPass): SourcedSpan[][] {
  const tagged: TaggedSpan[][] = Array.from({ length: texts.length }, () => []);
  const memo = new Map<string, TaggedSpan[][]>();
  for (let from = 0; from < texts.length; ) {
    let to = from + 1;
    while (to < texts.length && articleOf[to] === articleOf[from]) to++;
    const group = texts.slice(from, to);
    const key = group.join('\u0000');
    let spans = memo.get(key);
    if (!spans) {
      spans = tagger.tagDocument(group);
      memo.set(key, spans);
    }
    spans.forEach((list, k) => (tagged[from + k] = list));
    onPass?.('model', to, texts.length);
    from = to;
  }
  const combined = texts.map((_, i) => combineText(rules[i]!, tagged[i]!));
  const names = namesToSpread(combined.map((c) => c.spans), articleOf);
  const trie = trieOf(names.keys());
  return texts.map((t, i) => spreadText(t, combined[i]!.spans, combined[i]!.orgs, names, trie));
}
