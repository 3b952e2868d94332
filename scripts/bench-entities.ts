/**
 * Throughput of the people/places extractor: prints chars/s (median of 3 runs) over the seeds and
 * over the seeds repeated to a few MB, and what that means for 10 years of issues.
 *   npm run bench:entities
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractCorpus } from '../src/pipeline/entities/extract.ts';
import { gazetteer } from '../src/pipeline/entities/gazetteer.ts';
import { dictionaryEntry } from '../src/pipeline/entities/lexicon.ts';
import { readModel } from '../src/pipeline/tagger/model-file.ts';
import { Tagger } from '../src/pipeline/tagger/tagger.ts';
import { lexicon } from '../src/pipeline/tagger/resources.ts';
import { median } from './stats.ts';

const seeds = 'seeds';
const lines = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(seeds, f), 'utf8').split(/\n+/).filter(Boolean));

let t = performance.now();
dictionaryEntry('株洲');
gazetteer();
console.log(`load: dictionary + gazetteer ${Math.round(performance.now() - t)} ms (once per run)`);

for (const copies of [1, 10, 40]) {
  const corpus = Array.from({ length: copies }, () => lines).flat();
  const chars = corpus.reduce((n, l) => n + l.length, 0);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    t = performance.now();
    extractCorpus(corpus);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  console.log(`${String(copies).padStart(3)}× seeds: ${(chars / 1e6).toFixed(2)} M chars in ${ms.toFixed(0)} ms → ${((chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s`);
}
// The statistical tagger (src/pipeline/tagger/): every text tagged afresh, then memoised by text
// as the pipeline uses it (the ten-year synthetic archive repeats paragraphs).
t = performance.now();
const model = readModel();
lexicon();
console.log(`load: tagger model + lexicon ${Math.round(performance.now() - t)} ms (once per run)`);
for (const memoise of [false, true]) {
  const tagger = new Tagger(model, { memoise });
  const corpus = Array.from({ length: 10 }, () => lines).flat();
  const chars = corpus.reduce((n, l) => n + l.length, 0);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    t = performance.now();
    for (const line of corpus) tagger.tag(line);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  console.log(`tagger${memoise ? ' (memoised)' : ''}, 10× seeds: ${(chars / 1e6).toFixed(2)} M chars in ${ms.toFixed(0)} ms → ${((chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s`);
}
// With --synth DIR (from `npm run synth -- --years 10 --out DIR`): the tagger over a whole synthetic
// archive, every line memoised, then every issue as one document (two passes).
const synthAt = process.argv.indexOf('--synth');
if (synthAt > 0) {
  const dir = process.argv[synthAt + 1]!;
  const issues = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/).filter(Boolean));
  const chars = issues.flat().reduce((n, l) => n + l.length, 0);
  const tagger = new Tagger(model);
  t = performance.now();
  for (const issue of issues) for (const line of issue) tagger.tag(line);
  console.log(`tagger over ${dir}: ${issues.length} issues, ${(chars / 1e6).toFixed(1)} M chars, line by line in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  for (const issue of issues) tagger.tagDocument(issue);
  console.log(`  each issue as one document (tagDocument): ${Math.round(performance.now() - t)} ms`);
}
const perIssue = lines.reduce((n, l) => n + l.length, 0) / 5;
console.log(`10 years ≈ 3,650 issues × ${Math.round(perIssue)} chars = ${((3650 * perIssue) / 1e6).toFixed(0)} M chars`);
console.log(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
