/**
 * The suggestion file (search/suggest.<hash>.json, named by the search manifest): what the header's
 * box suggests while the reader types — people, places and article titles across the archive. The
 * pipeline writes it; the search worker loads it on the box's first focus and indexes it with
 * MiniSearch using `suggestTokens`, which also cuts the queries. No React, DOM or Node here.
 */
import { z } from './zod.ts';
import { checkedArray, isCount } from './checked-array.ts';
import { SCHEMA_VERSION } from './issue.ts';
import { fold, SEARCH_INDEX_VERSION } from './search.ts';

const count = z.int().check(z.positive());

/**
 * A person or place: [type, id, name, aliases, pinyin, initials, articles]. Aliases are the other
 * spellings the extractor tied to it (醴陵 for 醴陵市, an OCR-damaged 阳卫出国 for 阳卫国); pinyin is
 * toneless without spaces (maotengfei), initials its first letters (mtf).
 */
export const suggestEntitySchema = z.tuple([z.enum(['person', 'place']), z.string().check(z.minLength(1)), z.string().check(z.minLength(1)), z.array(z.string()), z.string(), z.string(), count]);
export type SuggestEntity = z.infer<typeof suggestEntitySchema>;

/**
 * An article title: [title, issueId, articleId, printings]; the issue id starts with its date. A
 * title printed again (a story carried over days) is one row: the newest printing, and how many
 * issues printed it.
 */
export const suggestTitleSchema = z.tuple([z.string().check(z.minLength(1)), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(-\d+)?$/)), z.string(), count]);
export type SuggestTitle = z.infer<typeof suggestTitleSchema>;

const isPositive = (value: unknown) => isCount(value) && value > 0;
const isFilled = (value: unknown) => typeof value === 'string' && value.length > 0;
const isStrings = (value: unknown) => {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
};
const TITLE_ISSUE = /^\d{4}-\d{2}-\d{2}(-\d+)?$/;

/** What suggestEntitySchema accepts, in one plain check (checked-array.ts). */
export const isSuggestEntity = (e: unknown): boolean =>
  Array.isArray(e) && e.length === 7 && (e[0] === 'person' || e[0] === 'place') && isFilled(e[1]) && isFilled(e[2]) && isStrings(e[3]) && typeof e[4] === 'string' && typeof e[5] === 'string' && isPositive(e[6]);

/** What suggestTitleSchema accepts, in one plain check. */
export const isSuggestTitle = (e: unknown): boolean => Array.isArray(e) && e.length === 4 && isFilled(e[0]) && typeof e[1] === 'string' && TITLE_ISSUE.test(e[1]) && typeof e[2] === 'string' && isPositive(e[3]);

/**
 * Checked in the search worker when the box is first focused, maybe while a cold search is under
 * way there: element by element, zod took 10–20 ms of it for a few thousand rows.
 */
export const suggestFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  indexVersion: z.literal(SEARCH_INDEX_VERSION),
  /** Most articles first. */
  entities: checkedArray(suggestEntitySchema, isSuggestEntity),
  /** Newest first, at most SUGGEST_TITLES. */
  titles: checkedArray(suggestTitleSchema, isSuggestTitle),
});
export type SuggestFile = z.infer<typeof suggestFileSchema>;

const HAN_RUN = /[\p{Script=Han}\u3007]+|[\p{Script=Latin}\p{N}]+/gu;

/**
 * How many distinct titles the file holds, newest first: about a year of front pages (9 a day). With
 * every title distinct, ten years would weigh ~1.3 MB gzipped, too much to load on a focus; older
 * titles are found by the full-text row, where a match in a title ranks first (×3).
 */
export const SUGGEST_TITLES = 3000;

/**
 * The tokens MiniSearch indexes and searches with: folded text (traditional → simplified, case);
 * runs of Han characters cut into overlapping pairs (株洲日报 → 株洲 洲日 日报, the exact index's keys,
 * so any two adjacent characters of a name or title find it); a single Han character, and Latin
 * words and numbers, stay whole. A query's pairs must all match (see the worker's suggest engine);
 * the last one by prefix, so a query ending on one new character still matches.
 */
export function suggestTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of fold(text).matchAll(HAN_RUN)) {
    const chars = [...run];
    if (!/\p{Script=Han}|\u3007/u.test(chars[0]!) || chars.length === 1) {
      tokens.push(run);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

/** How many of each kind the box shows at most. */
export const SUGGEST_LIMITS = { entities: 5, titles: 4 } as const;
