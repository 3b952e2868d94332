/**
 * The search contract between the pipeline (which prebuilds the index) and the app (which loads it):
 * text folding, the tokenizer and the MiniSearch options, defined once so both sides agree exactly.
 * No React, DOM or Node here.
 */
import { Converter } from 'opencc-js/t2cn';
import type { Options } from 'minisearch';

/**
 * Bumped whenever folding, tokenizing or the indexed fields change: an index built with other rules
 * would silently miss matches, so the app refuses shards of another version.
 */
export const SEARCH_INDEX_VERSION = 1;

// 'tw' also maps Taiwan variants (臺 → 台); 'cn' is mainland simplified, the paper's own script.
const toSimplified = Converter({ from: 'tw', to: 'cn' });
const foldCache = new Map<string, string>();

function foldCodePoint(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  // Full-width Latin and digits (ＲＣＥＰ, ５Ｇ) are the same words as their ASCII forms.
  if (code >= 0xff01 && code <= 0xff5e) return foldCodePoint(String.fromCharCode(code - 0xfee0));
  let out = foldCache.get(ch);
  if (out === undefined) {
    const simplified = toSimplified(ch).toLowerCase();
    // Folding must keep every UTF-16 offset, so that matches found in folded text can be
    // highlighted in the original: a mapping that changes the length is not applied.
    out = simplified.length === ch.length ? simplified : ch;
    foldCache.set(ch, out);
  }
  return out;
}

/**
 * Folds text for matching: traditional → simplified (character by character, so offsets are
 * kept), Latin lower case, full-width Latin/digits → ASCII. Applied to documents and queries alike.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldCodePoint(ch);
  return out;
}

/** A run of Han characters, or of other letters and digits (Latin words, numbers). */
export interface TextRun {
  text: string;
  start: number;
  han: boolean;
}

const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** Splits folded text into Han runs and Latin/number runs; punctuation and spaces separate runs. */
export function textRuns(text: string): TextRun[] {
  return [...text.matchAll(RUN)].map((m) => ({ text: m[0], start: m.index, han: m[1] !== undefined }));
}

/** Overlapping character bigrams of a Han run: 株洲日报 → 株洲 洲日 日报. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * The index tokenizer (input already folded): Han runs become overlapping bigrams, Latin words and
 * numbers stay whole (5G → 5g, 2500亿元 → 2500 亿元). A lone Han character is not indexed: a query
 * that needs one is answered by scanning the text store instead (see search-query.ts).
 */
export function tokenize(text: string): string[] {
  return textRuns(text).flatMap((run) => (run.han ? bigrams(run.text) : [run.text]));
}

/** One searchable article as stored in a shard: enough to match, rank, filter and show a result. */
export interface SearchDocFields {
  title: string;
  kicker?: string;
  subtitles: string[];
  /** Byline names (reporters, correspondents, photographers). */
  names: string[];
  /** Paragraphs joined with \n, so a match never spans two paragraphs. */
  body: string;
}

export const searchFields = ['title', 'heading', 'body'] as const;
export type SearchField = (typeof searchFields)[number];

/** The texts a query term may match, one string per field, unfolded. */
export function fieldText(doc: SearchDocFields, field: SearchField): string {
  if (field === 'title') return doc.title;
  if (field === 'heading') return [doc.kicker ?? '', ...doc.subtitles, ...doc.names].join('\n');
  return doc.body;
}

/**
 * MiniSearch options, used to build the index and to load it. Documents are indexed by their
 * position in the shard's `docs` array. Title matches weigh most; no fuzzy matching (it ruins
 * precision on bigrams) and no prefix search (bigrams are whole by construction).
 */
export const miniSearchOptions: Options<SearchDocFields & { id: number }> = {
  fields: [...searchFields],
  storeFields: [],
  extractField: (doc, field) => (field === 'id' ? doc.id : fold(fieldText(doc, field as SearchField))),
  tokenize,
  processTerm: (term) => term,
  searchOptions: {
    combineWith: 'AND',
    fuzzy: false,
    prefix: false,
    boost: { title: 3, heading: 1.5 },
    // Query leaves are tokens already (see search-query.ts): tokenizing them again would split them.
    tokenize: (token) => [token],
  },
};
