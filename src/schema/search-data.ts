/**
 * The search files the pipeline writes under public/data/search/ and the search worker reads:
 *   manifest.json   the entry file: versions, counts, the chunk directory, people for pinyin suggestions
 *   docs.json       the article table's strings: issues (newest first, with their article counts) and
 *                   the people, places and byline names its rows point to
 *   docs.bin        one row per article: where its fields end, its people, places and byline names —
 *                   what ranking, filters and facets need for every hit (format in search-table.ts)
 *   chunks/<n>.bin  postings of a run of consecutive keys (format in search-postings.ts)
 * JSON files are checked with zod when written and when loaded; binary files by their decoders.
 */
import { z } from './zod.ts';
import { SCHEMA_VERSION } from './issue.ts';
import { SEARCH_INDEX_VERSION } from './search.ts';
import type { ChunkEntry } from './search-postings.ts';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
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

/** A chunk in the directory: the first key it holds (chunks are in key order) and its size. */
const chunkEntry = z.tuple([count, count]);

export const searchManifestSchema = z.object({
  ...versions,
  docCount: count,
  /** [firstKey, bytes] per chunk, ascending; chunk n is searchFiles.chunk(n). */
  chunks: z.array(chunkEntry),
  people: z.array(personEntrySchema),
});
export type SearchManifest = z.infer<typeof searchManifestSchema>;

/** What chunk n must be, by the manifest: its size and its range of keys (search-postings.ts). */
export function chunkEntryOf(manifest: SearchManifest, n: number): ChunkEntry {
  const [firstKey, bytes] = manifest.chunks[n]!;
  return { bytes, firstKey, endKey: manifest.chunks[n + 1]?.[0] ?? Infinity };
}

const entityRef = z.tuple([z.string(), z.string()]);

/** The strings of the article table; its numbers are in docs.bin (search-table.ts). */
export const searchDocsSchema = z
  .object({
    ...versions,
    /** [issueId, date, articleCount], newest first; articles follow in this order, each issue's in print order. */
    issues: z.array(z.tuple([z.string(), isoDate, count])),
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

/** Files of the search data, relative to the data folder. */
export const searchFiles = {
  manifest: 'search/manifest.json',
  docs: 'search/docs.json',
  table: 'search/docs.bin',
  chunk: (n: number) => `search/chunks/${n}.bin`,
} as const;

/** URLs of the search data, relative to the site root. */
export const searchPaths = {
  manifest: `data/${searchFiles.manifest}`,
  docs: `data/${searchFiles.docs}`,
  table: `data/${searchFiles.table}`,
  chunk: (n: number) => `data/${searchFiles.chunk(n)}`,
} as const;
