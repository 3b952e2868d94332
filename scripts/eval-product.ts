/**
 * What a reader gets, not what the tagger alone could: document-level P/R/F1 of the pipeline's
 * extractor (rules and tagger combined by entities/combine.ts, exactly as `npm run entities`) on the
 * fixed held-out news split, beside the rules alone. `npm run eval:entities -- --held-out` scores the
 * tagger by itself.   npx tsx scripts/eval-product.ts
 */
import { combineCorpus } from '../src/pipeline/entities/combine-corpus.ts';
import { extractCorpus } from '../src/pipeline/entities/extract.ts';
import { tagDistinct } from '../src/pipeline/entities/tag-texts.ts';
import { loadCorpora } from '../src/pipeline/tagger/corpus.ts';
import { NEWS_CORPORA } from '../src/pipeline/tagger/eval-cli.ts';
import { countDocument, emptyCounts, prf } from '../src/pipeline/tagger/score.ts';

const docs = loadCorpora().heldOut.filter((d) => NEWS_CORPORA.includes(d.corpus));
const counts = emptyCounts();
const rulesOnly = emptyCounts();
for (const doc of docs) {
  const texts = doc.sentences.map((s) => s.text);
  const rules = extractCorpus(texts).spans;
  const spans = combineCorpus(texts, rules, tagDistinct(texts), texts.map(() => 0));
  const gold = doc.sentences.flatMap((s) => s.spans.filter((g) => g.type !== 'org').map((g) => ({ type: g.type, text: s.text.slice(g.start, g.end) })));
  countDocument(counts, gold, spans.flat().map((s) => ({ type: s.type, text: s.name })));
  countDocument(rulesOnly, gold, rules.flat().map((s) => ({ type: s.type, text: s.name })));
}
for (const [name, c] of [['combined', counts], ['rules only', rulesOnly]] as const)
  for (const t of ['person', 'place'] as const) { const r = prf(c[t]); console.log(name, t, `P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f1.toFixed(3)}`); }
