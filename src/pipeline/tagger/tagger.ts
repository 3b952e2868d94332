/**
 * The tagger the pipeline uses: people, places and organisations in any text, with UTF-16 offsets
 * and a confidence. tag() is memoised by exact text, digits aside (the features read every digit as
 * 0, so 3月5日 and 4月8日 tag alike; a ten-year archive repeats paragraphs with dates moved);
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
import { foldDigits } from './features.ts';
import { CharTrie } from './trie.ts';
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

/** The ids (trie layer values) of the words of `trie` that occur in `text`. */
function wordsIn(text: string, trie: CharTrie, ids: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    let node = 0;
    for (let j = i; j < text.length && node >= 0; j++) {
      node = trie.next(node, text.charCodeAt(j));
      if (node > 0 && (ids[node] ?? 0) > 0) out.add(ids[node]!);
    }
  }
  return out;
}
let loaded: Tagger | null = null;

/** The tagger with the committed model (loaded once per process; throws on a model of another feature version). */
export function loadTagger(): Tagger {
  loaded ??= new Tagger(readModel());
  return loaded;
}

export class Tagger {
  private decoder: Decoder;
  private memo = new Map<string, readonly Span[]>();

  /** `memoise: false` tags every text afresh (for measuring throughput). */
  constructor(readonly model: ModelData & { confidenceScale: number }, private options: { memoise?: boolean } = {}) {
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
    if (this.options.memoise === false) return this.run(text, names);
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
    const folded = foldDigits(text);
    // Spans are remembered by the digit-folded text; their strings come from this text.
    const own = (spans: readonly Span[]) => spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
    if (entities.length === 0) return own(this.memoised(folded, text, null));
    const key = entities.map((e) => `${entityTypes.indexOf(e.type)}${e.text}`).sort().join('\u0001');
    return own(this.memoised(`${key}\u0002${folded}`, text, documentTrie(entities)));
  }

  /** Tags the texts of one document (an article's paragraphs), names found in the others as a feature. */
  tagDocument(texts: readonly string[]): Span[][] {
    const first = texts.map((t) => this.tag(t));
    if (texts.length < 2) return first;
    // Each name of the first pass: its type and how many texts found it.
    const found = new Map<string, { type: EntityType; texts: number }>();
    for (const spans of first) {
      const seen = new Set<string>();
      for (const s of spans) {
        if (s.text.length < 2 || seen.has(s.text)) continue;
        seen.add(s.text);
        const entry = found.get(s.text);
        if (entry) entry.texts++;
        else found.set(s.text, { type: s.type, texts: 1 });
      }
    }
    const names = [...found.keys()];
    const trie = new CharTrie(names.length * 4 + 16);
    names.forEach((name, id) => trie.add(name, 'id', id + 1));
    const ids = trie.layer('id');
    return texts.map((text, k) => {
      // Only names spelled in this text can change it, and only those another text found: the
      // second pass (and its memo key) takes just those, so a paragraph repeated across articles
      // with the same names around it is tagged once.
      const own = new Set(first[k]!.map((s) => s.text));
      const relevant: { text: string; type: EntityType }[] = [];
      for (const id of wordsIn(text, trie, ids)) {
        const name = names[id - 1]!, { type, texts: n } = found.get(name)!;
        if (n - (own.has(name) ? 1 : 0) > 0) relevant.push({ text: name, type });
      }
      return relevant.length === 0 ? first[k]! : this.tag(text, { documentEntities: relevant });
    });
  }
}
