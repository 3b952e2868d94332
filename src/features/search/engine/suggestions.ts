/**
 * What the header's box suggests while the reader types: people, places and article titles, from
 * the suggestion file (schema/search-suggest.ts). Names go through MiniSearch: Han text by its pairs
 * of characters (every pair typed must occur; the last by prefix, so 株 already suggests 株洲市),
 * pinyin (maotengfei) and initials (mtf) by prefix, with one letter in five wrong or swapped from
 * five letters on; an alias (醴陵, an OCR slip) leads to its entity. Titles are short and few
 * (SUGGEST_TITLES): a plain scan of their folded text finds exactly those containing every term,
 * in about a millisecond, with nothing to build first.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { fold } from '../../../schema/search';
import { SUGGEST_LIMITS, suggestTokens, type SuggestFile } from '../../../schema/search-suggest';
import { yieldToPage } from '../../../lib/yield-to-page';

export type Suggestion =
  | {
      kind: 'person' | 'place';
      id: string;
      name: string;
      /** The alias or pinyin the query matched, when not the name itself. */
      via?: string;
      articles: number;
    }
  | { kind: 'title'; title: string; issueId: string; articleId: string; date: string; printings: number };

/** Earlier matches first (a title that starts with the query), then newer. */
const titleRank = (at: number) => Math.min(at, 8);

interface Indexed {
  id: number;
  text: string;
  aliases?: string;
}

const tokenize = (text: string) => suggestTokens(text);
const entityOptions = { fields: ['text', 'aliases'], tokenize, processTerm: (t: string) => t };
const latinOnly = (q: string) => /^[a-z][a-z\s']*$/.test(q);
const compact = (q: string) => q.replace(/[\s']/g, '');

/**
 * How many people and places are indexed between two pauses for the page (SuggestIndex.build):
 * ~3 ms of work on this machine, so a keystroke made while an archive of 20,000 names is indexed
 * (~0.6 s in all) waits for one slice at most.
 */
export const BUILD_SLICE = 100;

/** The indexes of one suggestion file: built once, on the page, after the box's first focus. */
export class SuggestIndex {
  private readonly names = new MiniSearch<Indexed>(entityOptions);
  private readonly pinyin = new MiniSearch<Indexed>({ fields: ['text', 'aliases'], processTerm: (t) => t.toLowerCase() });
  private readonly titles: string[];

  private constructor(private readonly file: SuggestFile) {
    this.titles = file.titles.map(([title]) => fold(title));
  }

  /**
   * Indexes `file` in slices of BUILD_SLICE names, yielding to the page between them: the index
   * lives on the page's main thread, so that a keystroke's suggestions are drawn in the keystroke's
   * own frame (an answer from a worker arrives only after the browser has painted the keystroke).
   */
  static async build(file: SuggestFile, slice = BUILD_SLICE): Promise<SuggestIndex> {
    const index = new SuggestIndex(file);
    for (let from = 0; from < file.entities.length; from += slice) {
      if (from > 0) await yieldToPage();
      file.entities.slice(from, from + slice).forEach(([, , name, aliases, full, initials], i) => {
        const id = from + i;
        index.names.add({ id, text: name, aliases: aliases.join(' ') });
        index.pinyin.add({ id, text: full, aliases: initials });
      });
    }
    return index;
  }

  /** Up to SUGGEST_LIMITS people and places, then titles, best first. */
  suggest(query: string): Suggestion[] {
    const q = fold(query.trim());
    if (!q) return [];
    return [...this.entities(q), ...this.titleRows(q)];
  }

  private entities(q: string): Suggestion[] {
    const pinyin = latinOnly(q) && compact(q).length >= 2;
    const typed = pinyin ? compact(q) : q;
    const found = pinyin
      ? this.pinyin.search(typed, { prefix: true, fuzzy: typed.length >= 5 ? 0.2 : false, boost: { text: 2 } })
      : this.names.search(q, byPairs({ boost: { text: 2 } }));
    const rows = this.file.entities;
    const exact = (id: number) => {
      const [, , name, aliases, full, initials] = rows[id]!;
      return pinyin ? full === typed || initials === typed : fold(name) === typed || aliases.some((a) => fold(a) === typed);
    };
    return found
      .map((r) => ({ id: r.id as number, score: r.score, exact: exact(r.id as number) }))
      .sort((a, b) => Number(b.exact) - Number(a.exact) || rows[b.id]![6] - rows[a.id]![6] || b.score - a.score)
      .slice(0, SUGGEST_LIMITS.entities)
      .map(({ id }) => {
        const [kind, entityId, name, aliases, full] = rows[id]!;
        const alias = pinyin ? full : aliases.find((a) => fold(a).includes(typed));
        const via = !pinyin && fold(name).includes(typed) ? undefined : alias;
        return { kind, id: entityId, name, articles: rows[id]![6], ...(via ? { via } : {}) };
      });
  }

  private titleRows(q: string): Suggestion[] {
    const terms = q.split(/\s+/).filter(Boolean);
    const found: { id: number; rank: number }[] = [];
    this.titles.forEach((title, id) => {
      const at = title.indexOf(terms[0]!);
      if (at >= 0 && terms.every((t) => title.includes(t))) found.push({ id, rank: titleRank(at) });
    });
    return found
      .sort((a, b) => a.rank - b.rank || a.id - b.id)
      .slice(0, SUGGEST_LIMITS.titles)
      .map(({ id }) => {
        const [title, issueId, articleId, printings] = this.file.titles[id]!;
        return { kind: 'title', title, issueId, articleId, date: issueId.slice(0, 10), printings };
      });
  }
}

/** Every pair (or word) of the query must match; the last one may be the start of a longer token. */
function byPairs(options: SearchOptions): SearchOptions {
  return { ...options, combineWith: 'AND', prefix: (_term, i, terms) => i === terms.length - 1 };
}
