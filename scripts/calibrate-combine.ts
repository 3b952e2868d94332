/**
 * How precise the tagger's people and places are by confidence, on the fixed held-out news split
 * (data/ner/, never trained on), before and after combine.ts's name checks: the figures the
 * minimum confidences of POLICY are chosen from. Each sentence is tagged on its own, as the pipeline
 * tags each text (entities/tag-texts.ts).   npx tsx scripts/calibrate-combine.ts
 */
import { looksLikeName } from '../src/pipeline/entities/combine.ts';
import { placeByName } from '../src/pipeline/entities/extract.ts';
import { loadCorpora } from '../src/pipeline/tagger/corpus.ts';
import { NEWS_CORPORA } from '../src/pipeline/tagger/eval-cli.ts';
import { loadTagger } from '../src/pipeline/tagger/tagger.ts';

const buckets = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
type Row = { raw: [number, number]; kept: [number, number] };
const table = new Map<string, Row[]>();
const tagger = loadTagger();
const docs = loadCorpora().heldOut.filter((d) => NEWS_CORPORA.includes(d.corpus));
for (const doc of docs) {
  const found = doc.sentences.map((s) => tagger.tag(s.text));
  doc.sentences.forEach((s, k) => {
    for (const span of found[k]!) {
      if (span.type === 'org') continue;
      const right = s.spans.some((g) => g.type === span.type && g.start === span.start && g.end === span.end) ? 1 : 0;
      const b = buckets.findIndex((x, i) => span.confidence >= x && span.confidence < buckets[i + 1]!);
      if (b < 0) continue;
      // Places the gazetteer does not hold (rivers, mountains, foreign cities) apart: only the tagger finds them.
      const kind = span.type === 'place' && !placeByName(span.text) ? 'place outside the gazetteer' : span.type;
      const rows = table.get(kind) ?? buckets.slice(0, -1).map(() => ({ raw: [0, 0], kept: [0, 0] }) as Row);
      rows[b]!.raw[0] += right; rows[b]!.raw[1]++;
      if (looksLikeName(span)) { rows[b]!.kept[0] += right; rows[b]!.kept[1]++; }
      table.set(kind, rows);
    }
  });
}
const pct = ([ok, n]: [number, number]) => (n ? `${(ok / n).toFixed(3)} of ${n}` : '-');
for (const [type, rows] of table) {
  console.log(type);
  rows.forEach((r, i) => console.log(`  [${buckets[i]}, ${Math.min(1, buckets[i + 1]!)})  raw ${pct(r.raw)}   after name checks ${pct(r.kept)}`));
}
