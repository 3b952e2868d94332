/**
 * CLI: npm run train:entities — trains the people/places tagger on data/ner/ (held-out documents
 * excluded) and writes src/pipeline/tagger/model.bin.gz. Deterministic: fixed corpus order, fixed
 * seed, fixed epochs; the same inputs give the same file.
 */
import { writeFileSync } from 'node:fs';
import type { Sentence } from './bio.ts';
import { loadCorpora, type Doc } from './corpus.ts';
import { MODEL_FILE, encodeModel } from './model-file.ts';
import { Decoder } from './model.ts';
import { learnNameStats } from './stats.ts';
import { train, type TrainingSentence } from './train.ts';
import { decodeSpans } from './labels.ts';

export const EPOCHS = 16;
export const SEED = 12;

/** Each sentence with the names annotated in the other sentences of its document (the document feature). */
export function withDocumentNames(docs: readonly Doc[]): TrainingSentence[] {
  return docs.flatMap((d) => d.sentences.map((s, k) => ({
    ...s,
    documentNames: d.sentences.flatMap((o: Sentence, j) => (j === k ? [] : o.spans.map((sp) => ({ type: sp.type, text: o.text.slice(sp.start, sp.end) })))),
  })));
}

/** The median margin of the spans the model finds on (a sample of) its training sentences: the confidence scale. */
function medianSpanMargin(decoder: Decoder, sentences: readonly TrainingSentence[]): number {
  const ms: number[] = [];
  for (let k = 0; k < sentences.length; k += 4) {
    const text = sentences[k]!.text;
    decoder.decode(text, null, true);
    for (const s of decodeSpans(decoder.labels, text.length)) {
      let m = Infinity;
      for (let i = Math.max(0, s.start - 1); i < Math.min(text.length, s.end + 1); i++) m = Math.min(m, decoder.margin[i]!);
      if (Number.isFinite(m)) ms.push(m);
    }
  }
  ms.sort((a, b) => a - b);
  return Math.max(1e-3, ms[Math.floor(ms.length / 2)] ?? 1);
}

function main() {
  const t0 = performance.now();
  const corpora = loadCorpora();
  const sentences = withDocumentNames(corpora.train);
  const stats = learnNameStats(sentences);
  const chars = sentences.reduce((n, s) => n + s.text.length, 0);
  console.log(`training on ${sentences.length} sentences (${chars} chars) from ${corpora.train.length} documents; ${corpora.heldOut.length} documents held out`);
  const model = train(sentences, stats, { epochs: EPOCHS, seed: SEED, log: (l) => console.log(l) });
  const confidenceScale = Math.round(medianSpanMargin(new Decoder(model), sentences) * 1000) / 1000;
  const file = encodeModel({
    ...model, confidenceScale, trainingDataHash: corpora.hash,
    training: { epochs: EPOCHS, seed: SEED, sentences: sentences.length, chars },
  });
  writeFileSync(MODEL_FILE, file);
  console.log(`wrote ${MODEL_FILE.pathname}: ${(file.length / 1e6).toFixed(2)} MB; confidence scale ${confidenceScale}; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
