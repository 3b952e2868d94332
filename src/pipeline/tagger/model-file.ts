/**
 * The model file (model.bin.gz, committed): gzip of
 *   "ZZNER\n" · uint32 header length · header JSON · int32 feature hashes (ascending) · int16 weights (rows × LABELS)
 * Only feature rows with a non-zero weight are stored, quantised to int16 with the header's scale.
 * The header records the feature version, the hash of the training corpora and of the resources
 * the features read; a model of another feature version is refused (retrain with the command below).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { GAZETTEER_FILE } from '../entities/gazetteer.ts';
import { FEATURE_VERSION, HASH_BITS, type NameStats } from './features.ts';
import { LABELS as L } from './labels.ts';
import { JIEBA_DICT } from './resources.ts';
import { statsFromJson, statsToJson } from './stats.ts';

export const MODEL_FILE = new URL('./model.bin.gz', import.meta.url);
export const TRAIN_COMMAND = 'npm run train:entities';
const MAGIC = 'ZZNER\n';

const headerSchema = z.object({
  featureVersion: z.number().int(),
  hashBits: z.number().int(),
  labels: z.number().int(),
  rows: z.number().int().nonnegative(),
  quantScale: z.number().positive(),
  confidenceScale: z.number().positive(),
  transitions: z.array(z.number()),
  stats: z.object({ surname: z.array(z.string()), given: z.array(z.string()) }),
  trainingDataHash: z.string(),
  resourcesHash: z.string(),
  training: z.record(z.string(), z.unknown()),
});
export type ModelHeader = z.infer<typeof headerSchema>;

/** A model ready for decoding: int16 weight rows of 16 by feature hash, times denseScale. */
export interface LoadedModel {
  header: ModelHeader;
  weights: Float32Array; // empty: decoding reads `dense`
  dense: Int16Array;
  denseScale: number;
  transitions: Float32Array;
  stats: NameStats;
  confidenceScale: number;
}

/** sha256 of what the features read besides the text: the gazetteer and jieba's dictionary. */
export function resourcesHash(): string {
  return createHash('sha256').update(readFileSync(GAZETTEER_FILE)).update(readFileSync(JIEBA_DICT)).digest('hex');
}

export interface ModelToSave {
  weights: Float32Array; // (2^HASH_BITS) × L
  transitions: Float32Array;
  stats: NameStats;
  confidenceScale: number;
  trainingDataHash: string;
  training: Record<string, unknown>;
}

export function encodeModel(m: ModelToSave): Buffer {
  const rows: number[] = [];
  let max = 0;
  for (let r = 0; r < m.weights.length / L; r++) {
    let used = false;
    for (let y = 0; y < L; y++) {
      const v = Math.abs(m.weights[r * L + y]!);
      // Weights this small never change a decision; dropping them keeps the file small.
      if (v >= 1e-3) used = true;
      if (v > max) max = v;
    }
    if (used) rows.push(r);
  }
  const quantScale = (max || 1) / 32767;
  const hashes = new Int32Array(rows);
  const q = new Int16Array(rows.length * L);
  rows.forEach((r, k) => { for (let y = 0; y < L; y++) q[k * L + y] = Math.round(m.weights[r * L + y]! / quantScale); });
  const header: ModelHeader = {
    featureVersion: FEATURE_VERSION, hashBits: HASH_BITS, labels: L, rows: rows.length, quantScale,
    confidenceScale: m.confidenceScale, transitions: Array.from(m.transitions, (x) => Math.round(x * 1e4) / 1e4),
    stats: statsToJson(m.stats), trainingDataHash: m.trainingDataHash, resourcesHash: resourcesHash(), training: m.training,
  };
  const json = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), len, json, Buffer.from(hashes.buffer), Buffer.from(q.buffer)]), { level: 9 });
}

export function decodeModel(gz: Buffer, source = 'model'): LoadedModel {
  const buf = gunzipSync(gz);
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error(`${source}: not a tagger model file; run \`${TRAIN_COMMAND}\``);
  const len = buf.readUInt32LE(MAGIC.length);
  const header = headerSchema.parse(JSON.parse(buf.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString()));
  if (header.featureVersion !== FEATURE_VERSION || header.hashBits !== HASH_BITS || header.labels !== L)
    throw new Error(`${source} was trained for feature version ${header.featureVersion} (hash bits ${header.hashBits}), this code computes version ${FEATURE_VERSION} (${HASH_BITS}); run \`${TRAIN_COMMAND}\` to retrain it`);
  let at = MAGIC.length + 4 + len;
  const need = at + header.rows * 4 + header.rows * L * 2;
  if (buf.length !== need) throw new Error(`${source}: damaged (${buf.length} bytes, expected ${need}); run \`${TRAIN_COMMAND}\``);
  const copy = (bytes: number) => { const b = new Uint8Array(bytes); b.set(buf.subarray(at, at + bytes)); at += bytes; return b.buffer; };
  const hashes = new Int32Array(copy(header.rows * 4));
  const q = new Int16Array(copy(header.rows * L * 2));
  const dense = new Int16Array((1 << HASH_BITS) * 16);
  hashes.forEach((h, k) => {
    if (h < 0 || h >= 1 << HASH_BITS) throw new Error(`${source}: feature hash ${h} out of range`);
    dense.set(q.subarray(k * L, (k + 1) * L), h * 16);
  });
  return { header, weights: new Float32Array(0), dense, denseScale: header.quantScale, transitions: Float32Array.from(header.transitions), stats: statsFromJson(header.stats), confidenceScale: header.confidenceScale };
}

export const readModel = (file: URL = MODEL_FILE): LoadedModel => {
  let gz: Buffer;
  try {
    gz = readFileSync(file);
  } catch (e) {
    throw new Error(`no tagger model at ${file.pathname} (${(e as Error).message}); run \`${TRAIN_COMMAND}\``);
  }
  return decodeModel(gz, file.pathname);
};
