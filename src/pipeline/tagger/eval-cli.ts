/**
 * The tagger's evaluation, behind `npm run eval:entities -- --bio FILE…` (any BIO file, in
 * documents of 20 sentences) and `npm run eval:entities -- --held-out` (the fixed held-out split of
 * data/ner/, per corpus, and the news corpora together). Prints P/R/F1 per type, mention level and
 * document level (distinct names of each document); then, document level, the pipeline's extractor
 * (rules and tagger combined, what the archive shows) and the rules alone.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { entityTypes } from './bio.ts';
import { parseBio } from './bio.ts';
import { CORPORA, loadCorpora, toDocuments, type Doc } from './corpus.ts';
import { evaluate, type Evaluation } from './evaluate.ts';
import { prf, type TypeCounts } from './score.ts';
import { loadTagger } from './tagger.ts';
import { evaluatePipeline } from '../entities/evaluate-pipeline.ts';

export const NEWS_CORPORA: readonly string[] = [CORPORA[0], CORPORA[1]];

const f3 = (x: number) => x.toFixed(3);
function table(counts: TypeCounts, types: readonly (typeof entityTypes)[number][] = entityTypes): string {
  return types.map((t) => {
    const { p, r, f1 } = prf(counts[t]);
    return `${t} ${f3(f1)} (P ${f3(p)} R ${f3(r)})`;
  }).join('   ');
}

export function report(name: string, e: Evaluation): string {
  return `${name}\n  mention   ${table(e.mention)}\n  document  ${table(e.document)}\n  ${e.chars} chars in ${e.ms.toFixed(0)} ms`;
}

/** Documents to evaluate, by name: each --bio file, or each held-out corpus and all news corpora together. */
export function evaluationSets(args: readonly string[]): [string, Doc[]][] {
  if (args.includes('--held-out')) {
    const { heldOut } = loadCorpora();
    const sets: [string, Doc[]][] = CORPORA.map((c) => [`held-out ${c}`, heldOut.filter((d) => d.corpus === c)]);
    sets.push(['held-out news (people-daily + msra)', heldOut.filter((d) => NEWS_CORPORA.includes(d.corpus))]);
    return sets;
  }
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) throw new Error('usage: npm run eval:entities -- --bio FILE… | --held-out');
  return files.map((f) => [f, toDocuments(basename(f), parseBio(readFileSync(f, 'utf8'), f))]);
}

export const taggerEvalRequested = (args: readonly string[]) => args.includes('--bio') || args.includes('--held-out');

export function runTaggerEval(args: readonly string[]): void {
  const tagger = loadTagger();
  for (const [name, docs] of evaluationSets(args)) {
    console.log(report(name, evaluate(tagger, docs)));
    const p = evaluatePipeline(docs);
    console.log(`  document, rules + tagger (the archive)   ${table(p.combined, ['person', 'place'])}`);
    console.log(`  document, the same without one-letter places (中 of 中美)   ${table(p.withoutAbbreviations, ['place'])}`);
    console.log(`  document, rules alone   ${table(p.rulesOnly, ['person', 'place'])}`);
  }
}
