/**
 * The tagger the pipeline uses: people, places and organisations in any text, with UTF-16 offsets
 * and a confidence. tag() is memoised by exact text (a ten-year archive repeats paragraphs);
 * tagDocument() tags an article's paragraphs twice, the second time with the names the first pass
 * found in the *other* paragraphs as a feature (a name tagged once in an article helps elsewhere).
 *
 * Confidence: the margin m of a span is the smallest, over its characters and the two characters
 * around it, of (best path score − best score of a path that labels that character otherwise),
 * from Viterbi max-marginals. confidence = 1 / (1 + e^(−m / scale)): 0.5 is a tie with another
 * reading, and `scale` is stored in the model (the median margin of spans on the training data).
 */
import { entityTypes, type EntityType } from './bio.ts';
import { decodeSpans } from './labels.ts';
import { Decoder, type ModelData } from './model.ts';
import { documentTrie } from './doc-names.ts';
import type { CharTrie } from './trie.ts';
import { readModel } from './model-file.ts';

export interface Span {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  confidence: number;
}
export interface TagContext {
  /** Names known from the same document or archive; their type is what the tagger reads them as on their own. */
  documentNames?: Iterable<string>;
  /** Names with a known type (a confirmed person…): preferred over documentNames when the type is known. */
  documentEntities?: Iterable<{ text: string; type: EntityType }>;
}

const MEMO_LIMIT = 200_000;
let loaded: Tagger | null = null;

/** The tagger with the committed model (loaded once per process; throws on a model of another feature version). */
export function loadTagger(): Tagger {
  loaded ??= new Tagger(readModel());
  return loaded;
}

export class Tagger {
  private decoder: Decoder;
  private memo = new Map<string, readonly Span[]>();

  constructor(readonly model: ModelData & { confidenceScale: number }) {
    this.decoder = new Decoder(model);
  }

  private run(text: string, names: CharTrie | null): Span[] {
    if (text.length === 0) return [];
    const d = this.decoder;
    d.decode(text, names, true);
    const n = text.length;
    return decodeSpans(d.labels, n).map((s) => {
      let m = Infinity;
      for (let i = Math.max(0, s.start - 1); i < Math.min(n, s.end + 1); i++) m = Math.min(m, d.margin[i]!);
      const confidence = m === Infinity ? 1 : 1 / (1 + Math.exp(-m / this.model.confidenceScale));
      return Object.freeze({ ...s, text: text.slice(s.start, s.end), confidence: Math.round(confidence * 1000) / 1000 });
    });
  }

  private memoised(key: string, text: string, names: CharTrie | null): readonly Span[] {
    let spans = this.memo.get(key);
    if (!spans) {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      spans = Object.freeze(this.run(text, names));
      this.memo.set(key, spans);
    }
    return spans;
  }

  /** People, places and organisations in `text`, in order. */
  tag(text: string, context: TagContext = {}): Span[] {
    const entities = [...(context.documentEntities ?? [])];
    for (const name of context.documentNames ?? []) {
      const own = this.memoised(name, name, null);
      if (own.length === 1 && own[0]!.start === 0 && own[0]!.end === name.length) entities.push({ text: name, type: own[0]!.type });
    }
    if (entities.length === 0) return [...this.memoised(text, text, null)];
    const key = entities.map((e) => `${entityTypes.indexOf(e.type)}${e.text}`).sort().join('\u0001');
    return [...this.memoised(`${key}\u0002${text}`, text, documentTrie(entities))];
  }

  /** Tags the texts of one document (an article's paragraphs), names found in the others as a feature. */
  tagDocument(texts: readonly string[]): Span[][] {
    const first = texts.map((t) => this.tag(t));
    return texts.map((text, k) => {
      const others = new Map<string, EntityType>();
      first.forEach((spans, j) => { if (j !== k) for (const s of spans) if (s.text.length >= 2) others.set(s.text, s.type); });
      if (others.size === 0) return first[k]!;
      return this.tag(text, { documentEntities: [...others].map(([t, type]) => ({ text: t, type })) });
    });
  }
}
