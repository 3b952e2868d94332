/**
 * The training corpora (data/ner/, copied from the shared set; see its README) and the fixed
 * held-out split: each corpus is cut into documents of 20 consecutive sentences, and the 10% of
 * documents whose hash of "file:index" ranks lowest are held out. Training never sees them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseBio, type Sentence } from './bio.ts';

export const CORPUS_DIR = new URL('../../../data/ner/', import.meta.url);
/** The corpora in training order; news first. */
export const CORPORA = ['people-daily-1998.dev.bio', 'msra-2006.test.bio', 'weibo.train.bio', 'weibo.dev.bio'] as const;
export const DOC_SENTENCES = 20;
export const HELD_OUT_SHARE = 0.1;

export interface Doc {
  corpus: string;
  index: number;
  sentences: Sentence[];
}

/** Documents of `size` consecutive sentences (the last may be shorter). */
export function toDocuments(corpus: string, sentences: readonly Sentence[], size = DOC_SENTENCES): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < sentences.length; i += size) docs.push({ corpus, index: docs.length, sentences: sentences.slice(i, i + size) });
  return docs;
}

const docHash = (corpus: string, index: number) => createHash('sha256').update(`${corpus}:${index}`).digest().readUInt32BE(0);

/** Splits documents into train and held-out: the share of them with the lowest hashes is held out. */
export function split(docs: readonly Doc[], share = HELD_OUT_SHARE): { train: Doc[]; heldOut: Doc[] } {
  const ranked = [...docs].sort((a, b) => docHash(a.corpus, a.index) - docHash(b.corpus, b.index) || a.index - b.index);
  const held = new Set(ranked.slice(0, Math.round(docs.length * share)));
  return { train: docs.filter((d) => !held.has(d)), heldOut: docs.filter((d) => held.has(d)) };
}

export interface Corpora {
  train: Doc[];
  heldOut: Doc[];
  /** sha256 of the corpus files, in order: what the model was trained from. */
  hash: string;
}

/** Reads data/ner/ and splits each corpus. */
export function loadCorpora(dir: URL = CORPUS_DIR): Corpora {
  const hash = createHash('sha256');
  const train: Doc[] = [], heldOut: Doc[] = [];
  for (const file of CORPORA) {
    const content = readFileSync(new URL(file, dir), 'utf8');
    hash.update(file).update('\0').update(content).update('\0');
    const parts = split(toDocuments(file, parseBio(content, file)));
    train.push(...parts.train);
    heldOut.push(...parts.heldOut);
  }
  return { train, heldOut, hash: hash.digest('hex') };
}
