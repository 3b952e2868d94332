/**
 * The search files the pipeline writes under public/data/search/ and the search worker reads:
 * Each name carries its content hash (content-hash.ts): manifest.json (the archive's) names the
 * search manifest, which names the others.
 *   manifest.json   the entry file: versions, counts, the chunk directory, people for pinyin suggestions
 *   docs.json       the article table's strings: issues (newest first, with their article counts) and
 *                   the people, places and byline names its rows point to
 *   docs.bin        one row per article: where its fields end, what ranking needs for every hit
 *   refs.bin        one row per article: its people, places and byline names, for filters and facets
 *                   (formats in search-table.ts)
 *   suggest.json    people, places (aliases, pinyin) and distinct article titles, for the header's suggestions
 *   chunks/<n>.bin  postings of a run of consecutive keys (format in search-postings.ts)
 * JSON files are checked with zod when written and when loaded; binary files by their decoders.
 */
import { z } from './zod.ts';
import { SCHEMA_VERSION } from './issue.ts';
import { HASH_CHARS, withHash } from './content-hash.ts';
import { fileHash, namedFile } from './manifest.ts';
import { SEARCH_INDEX_VERSION } from './search.ts';
import type { ChunkEntry } from './search-postings.ts';
import { checkedArray, isCount } from './checked-array.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.string().check(z.regex(ISO_DATE));
const count = z.int().check(z.nonnegative());

const versions = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  indexVersion: z.literal(SEARCH_INDEX_VERSION),
};

export const personEntrySchema = z.object({
  name: z.string(),
  /** Toneless pinyin without spaces (maotengfei) and initials (mtf), for suggestions. */
  pinyin: z.string(),
  initials: z.string(),
  /** Articles that mention or credit the person. */
  count: z.int().check(z.positive()),
});
export type PersonEntry = z.infer<typeof personEntrySchema>;

/** A chunk in the directory: the first key it holds (chunks are in key order), its size and its hash. */
export const chunkEntrySchema = z.tuple([count, count, fileHash]);
const HASH = new RegExp(`^[0-9a-f]{${HASH_CHARS}}$`);
/** What chunkEntrySchema accepts, in one plain check (checked-array.ts). */
export const isChunkEntry = (e: unknown): boolean => Array.isArray(e) && e.length === 3 && isCount(e[0]) && isCount(e[1]) && typeof e[2] === 'string' && HASH.test(e[2]);

export const searchManifestSchema = z.object({
  ...versions,
  docCount: count,
  /**
   * search/docs.<hash>.json, search/docs.<hash>.bin and search/refs.<hash>.bin: the article table
   * (its strings, its field bounds, its people, places and byline names: search-table.ts).
   */
  docs: namedFile('search', 'json'),
  table: namedFile('search', 'bin'),
  refs: namedFile('search', 'bin'),
  /** search/suggest.<hash>.json: what the header's box suggests (search-suggest.ts), loaded on its first focus. */
  suggest: namedFile('search', 'json'),
  /** [firstKey, bytes, hash] per chunk, ascending; chunk n is searchFiles.chunk(n, hash). */
  chunks: checkedArray(chunkEntrySchema, isChunkEntry),
  people: z.array(personEntrySchema),
});
export type SearchManifest = z.infer<typeof searchManifestSchema>;

/** What chunk n must be, by the manifest: its size and its range of keys (search-postings.ts). */
export function chunkEntryOf(manifest: SearchManifest, n: number): ChunkEntry {
  const [firstKey, bytes] = manifest.chunks[n]!;
  return { bytes, firstKey, endKey: manifest.chunks[n + 1]?.[0] ?? Infinity };
}

const entityRef = z.tuple([z.string(), z.string()]);

/** [issueId, date, articleCount]. */
export const docsIssueSchema = z.tuple([z.string(), isoDate, count]);
/** What docsIssueSchema accepts, in one plain check (checked-array.ts). */
export const isDocsIssue = (e: unknown): boolean => Array.isArray(e) && e.length === 3 && typeof e[0] === 'string' && typeof e[1] === 'string' && ISO_DATE.test(e[1]) && isCount(e[2]);

/** The strings of the article table; its numbers are in docs.bin (search-table.ts). */
export const searchDocsSchema = z
  .object({
    ...versions,
    /** [issueId, date, articleCount], newest first; articles follow in this order, each issue's in print order. */
    issues: checkedArray(docsIssueSchema, isDocsIssue),
    /** What docs.bin's rows point into: [id, name] of people and places, byline names. */
    entities: z.object({ people: z.array(entityRef), places: z.array(entityRef), names: z.array(z.string()) }),
  });
export type SearchDocs = z.infer<typeof searchDocsSchema>;

/** How many articles the table's issues hold: the rows docs.bin must have. */
export const articleCount = (docs: SearchDocs): number => docs.issues.reduce((sum, [, , articles]) => sum + articles, 0);

/**
 * An issue file as the search worker reads it: only the fields a result shows are checked (and
 * kept), which is most of the cost of showing a page of results from twenty issue files.
 */
export const searchableIssueSchema = z.object({
  id: z.string(),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kicker: z.optional(z.string()),
      subtitles: z.array(z.string()),
      byline: z.array(z.object({ name: z.string() })),
      paragraphs: z.array(z.object({ text: z.string() })),
    }),
  ),
});
export type SearchableIssue = z.infer<typeof searchableIssueSchema>;

/** Files of the search data, relative to the data folder, named by their content's hash. */
export const searchFiles = {
  manifest: (hash: string) => withHash('search/manifest.json', hash),
  docs: (hash: string) => withHash('search/docs.json', hash),
  table: (hash: string) => withHash('search/docs.bin', hash),
  refs: (hash: string) => withHash('search/refs.bin', hash),
  suggest: (hash: string) => withHash('search/suggest.json', hash),
  chunk: (n: number, hash: string) => withHash(`search/chunks/${n}.bin`, hash),
} as const;

/** URLs of the search data, relative to the site root: `file` as the manifests name it. */
export const searchPaths = {
  named: (file: string) => `data/${file}`,
  chunk: (n: number, hash: string) => `data/${searchFiles.chunk(n, hash)}`,
} as const;

/** Whether a path is the search index's entry file (buildSearchFiles writes it last). */
export const isSearchManifest = (path: string): boolean => /^search\/manifest\.[0-9a-f]+\.json$/.test(path);
