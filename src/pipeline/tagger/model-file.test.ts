import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCorpora } from './corpus.ts';
import { FEATURE_VERSION } from './features.ts';
import { MODEL_FILE, decodeModel, encodeModel, readModel } from './model-file.ts';
import { learnNameStats } from './stats.ts';
import { Tagger } from './tagger.ts';
import { train } from './train.ts';

const sentences = [{ text: '甲乙在子丑', spans: [{ type: 'person' as const, start: 0, end: 2 }, { type: 'place' as const, start: 3, end: 5 }] }];
const small = () => {
  const m = train(sentences, learnNameStats(sentences), { epochs: 5, seed: 1 });
  return encodeModel({ ...m, confidenceScale: 2, trainingDataHash: 'test', training: {} });
};

/** The file with its header JSON edited. */
function withHeader(gz: Buffer, edit: (h: Record<string, unknown>) => void): Buffer {
  const buf = gunzipSync(gz);
  const len = buf.readUInt32LE(6);
  const header = JSON.parse(buf.subarray(10, 10 + len).toString());
  edit(header);
  const json = Buffer.from(JSON.stringify(header));
  const l = Buffer.alloc(4);
  l.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([buf.subarray(0, 6), l, json, buf.subarray(10 + len)]));
}

describe('model file', () => {
  it('round-trips: the decoded model tags as the trained one does', () => {
    const m = train(sentences, learnNameStats(sentences), { epochs: 5, seed: 1 });
    const before = new Tagger({ ...m, confidenceScale: 2 }).tag('甲乙在子丑');
    const after = new Tagger(decodeModel(small())).tag('甲乙在子丑');
    expect(after.map(({ type, start, end }) => ({ type, start, end }))).toEqual(before.map(({ type, start, end }) => ({ type, start, end })));
  });

  it('refuses a model of another feature version, naming the command that retrains it', () => {
    const old = withHeader(small(), (h) => { h.featureVersion = FEATURE_VERSION - 1; });
    expect(() => decodeModel(old)).toThrow(/feature version .*npm run train:entities/);
  });

  it('refuses a damaged file', () => {
    const buf = gunzipSync(small());
    expect(() => decodeModel(gzipSync(buf.subarray(0, buf.length - 2)))).toThrow(/damaged/);
    expect(() => decodeModel(gzipSync(Buffer.from('hello')))).toThrow(/not a tagger model/);
  });

  it('the committed model is of this feature version, ≤ 10 MB, and trained on the corpora in data/ner/', () => {
    const model = readModel(MODEL_FILE);
    expect(model.header.featureVersion).toBe(FEATURE_VERSION);
    expect(model.header.trainingDataHash).toBe(loadCorpora().hash);
  });
});
