/**
 * CLI: npm run eval:entities — scores people and place extraction against the development
 * reference (tests/fixtures/gold-dev.json): precision and recall per type, misses and false hits.
 * The seeds are run through the real pipeline (parse, then extraction over the whole archive).
 * With --bio FILE… or --held-out it scores the statistical tagger instead (src/pipeline/tagger/eval-cli.ts).
 */
import { readFileSync } from 'node:fs';
import { scoreIssue, type GoldSets, type Score } from './entities/score.ts';
import { readSeedArchive } from './read-seeds.ts';
import { extractEntities } from './steps/extract-entities.ts';
import { runTaggerEval, taggerEvalRequested } from './tagger/eval-cli.ts';

if (taggerEvalRequested(process.argv.slice(2))) {
  runTaggerEval(process.argv.slice(2));
} else {
  devGoldEval();
}

function devGoldEval() {
  const goldPath = process.argv[2] ?? 'tests/fixtures/gold-dev.json';
  const seedsDir = process.argv[3] ?? 'seeds';
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { issues: Record<string, { persons: GoldSets; places: GoldSets }> };

  const { issues } = extractEntities(readSeedArchive(seedsDir));

  const totals: Record<'person' | 'place', Score> = { person: { correct: 0, found: 0, tp: 0, fp: 0, fn: 0, misses: [], falseHits: [] }, place: { correct: 0, found: 0, tp: 0, fp: 0, fn: 0, misses: [], falseHits: [] } };
  const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  for (const [source, ref] of Object.entries(gold.issues)) {
    const issue = issues.find((i) => i.source === source);
    if (!issue) {
      console.log(`${source}: not built`);
      continue;
    }
    const names = (type: 'person' | 'place') => issue.articles.flatMap((a) => a.mentions.filter((m) => m.type === type).map((m) => m.name));
    for (const type of ['person', 'place'] as const) {
      const s = scoreIssue(names(type), type === 'person' ? ref.persons : ref.places, type);
      const t = totals[type];
      t.correct += s.correct; t.found += s.found; t.tp += s.tp; t.fp += s.fp; t.fn += s.fn;
      console.log(`${source} ${type.padEnd(6)} P ${pct(s.correct / s.found)} R ${pct(s.tp / (s.tp + s.fn))}` +
        `${s.misses.length ? `  missed: ${s.misses.join(' ')}` : ''}${s.falseHits.length ? `  false: ${s.falseHits.join(' ')}` : ''}`);
    }
  }
  for (const type of ['person', 'place'] as const) {
    const t = totals[type];
    console.log(`ALL ${type.padEnd(6)} precision ${pct(t.correct / t.found)} recall ${pct(t.tp / (t.tp + t.fn))} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  }
}
