/**
 * The search contract between the pipeline (which prebuilds the index) and the app (which reads it):
 * text folding, which text of an article is indexed, and how that text is cut into index keys.
 * Defined once so both sides agree exactly. No React, DOM or Node here.
 */
import type { Article } from './issue.ts';
import { FOLD_PAIRS } from './fold-table.ts';

/**
 * Bumped whenever folding, the indexed text or the file format change: an index built with other
 * rules would silently miss matches, so the app refuses files of another version.
 */
export const SEARCH_INDEX_VERSION = 6;

// opencc-js's tw → cn, character by character: 'tw' also maps Taiwan variants (臺 → 台); 'cn' is
// mainland simplified, the paper's own script. Read from a table generated from opencc-js
// (fold-table.ts) rather than opencc-js itself, whose dictionaries weighed ~108 KB of the search
// worker and whose converter took tens of milliseconds to build on a cold search's path.
let simplifiedOf: Map<string, string> | undefined;
function toSimplified(ch: string): string {
  if (!simplifiedOf) {
    simplifiedOf = new Map();
    const points = Array.from(FOLD_PAIRS);
    for (let i = 0; i < points.length; i += 2) simplifiedOf.set(points[i]!, points[i + 1]!);
  }
  return simplifiedOf.get(ch) ?? ch;
}
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

// Folded form of each BMP code unit, filled on first sight (0: not yet known). The archive has a few
// thousand distinct characters, so after the first pages folding is a table lookup per character.
const unitTable = new Uint16Array(0x10000);

function foldUnit(code: number): number {
  let folded = unitTable[code]!;
  if (folded === 0) {
    const out = foldCodePoint(String.fromCharCode(code));
    folded = out.length === 1 ? out.charCodeAt(0) : code;
    unitTable[code] = folded;
  }
  return folded;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
// ignoreBOM: by default the decoder drops a leading U+FEFF, and a text starting with one folded a unit short.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Folds text for matching: traditional → simplified (character by character, so offsets are
 * kept), Latin lower case, full-width Latin/digits → ASCII. Applied to documents and queries alike.
 */
export function fold(text: string): string {
  const units = new Uint16Array(text.length);
  let sawSurrogate = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSurrogate(code)) {
      units[i] = code === 0 ? 0 : foldUnit(code);
      continue;
    }
    sawSurrogate = true;
    // Characters outside the BMP (and lone surrogates) take the slow path, whole.
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const out = ch.length === 2 && i + 1 < text.length ? foldCodePoint(ch) : text[i]!;
    for (let j = 0; j < out.length; j++) units[i + j] = out.charCodeAt(j);
    i += out.length - 1;
  }
  if (!sawSurrogate) return utf16.decode(units);
  // The decoder would replace a lone surrogate; fromCharCode keeps it (arguments go on the stack: in slices).
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** One searchable article: the texts a query may match. */
export interface SearchDocFields {
  title: string;
  kicker?: string;
  subtitles: string[];
  /** Byline names (reporters, correspondents, photographers), each once. */
  names: string[];
  /** Paragraphs joined with \n, so a match never spans two paragraphs. */
  body: string;
}

export const searchFields = ['title', 'heading', 'body'] as const;
export type SearchField = (typeof searchFields)[number];

/** The parts of an article search reads (the worker checks only these in the issue files it loads). */
export type SearchableArticle = Pick<Article, 'id' | 'title' | 'kicker' | 'subtitles'> & {
  byline: Pick<Article['byline'][number], 'name'>[];
  paragraphs: Pick<Article['paragraphs'][number], 'text'>[];
};

/** The searchable fields of an article; the pipeline and the app derive them the same way. */
export function searchFieldsOf(article: SearchableArticle): SearchDocFields {
  return {
    title: article.title,
    ...(article.kicker ? { kicker: article.kicker } : {}),
    subtitles: article.subtitles,
    names: [...new Set(article.byline.map((c) => c.name))],
    body: article.paragraphs.map((p) => p.text).join('\n'),
  };
}

/** The texts a query term may match, one string per field, unfolded. */
export function fieldText(doc: SearchDocFields, field: SearchField): string {
  if (field === 'title') return doc.title;
  if (field === 'heading') return [doc.kicker ?? '', ...doc.subtitles, ...doc.names].join('\n');
  return doc.body;
}

/** The folded text the index covers, and where its title and heading end. */
export interface IndexedText {
  text: string;
  /** Positions before `titleEnd` are in the title, then before `headingEnd` in the heading, then body. */
  titleEnd: number;
  headingEnd: number;
}

/** The article's title, heading and body, folded: what queries are matched against. */
export function foldedFields(doc: SearchDocFields): string[] {
  return searchFields.map((f) => fold(fieldText(doc, f)));
}

/**
 * The three fields folded, each followed by \n. A query never contains \n, so no match spans two
 * fields; and every character is followed by another, so each occurrence of a one-character query
 * is the first half of some key. Pass the folded fields when they are at hand, not to fold twice.
 */
export function indexedText(doc: SearchDocFields, folded = foldedFields(doc)): IndexedText {
  const [title, heading, body] = folded;
  return { text: `${title}\n${heading}\n${body}\n`, titleEnd: title!.length, headingEnd: title!.length + 1 + heading!.length };
}

/** Keys are the pairs of UTF-16 code units, as one number: exact for any text, punctuation included. */
export const UNIT = 0x10000;

/** The key of the two code units starting at `i`. */
export function keyAt(text: string, i: number): number {
  return text.charCodeAt(i) * UNIT + text.charCodeAt(i + 1);
}

/** The keys of a term of two or more code units, in order: 株洲日报 → 株洲 洲日 日报. */
export function termKeys(term: string): number[] {
  const keys: number[] = [];
  for (let i = 0; i + 1 < term.length; i++) keys.push(keyAt(term, i));
  return keys;
}

/** The key as text, for messages and tests. */
export const keyText = (key: number) => String.fromCharCode(Math.floor(key / UNIT), key % UNIT);
