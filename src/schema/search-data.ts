/**
 * The search files the pipeline writes under public/data/search/ and the search worker reads:
 *   manifest.json   the entry file: versions, counts, the chunk directory, people for pinyin suggestions
 *   docs.json       one row per article (newest issue first): where its fields end, its people, places
 *                   and byline names — what ranking, filters and facets need for every hit
 *   chunks/<n>.bin  postings of a run of consecutive keys (format in search-postings.ts)
 * JSON files are checked with zod when written and when loaded; chunks by their decoder.
 */
import { z } from './zod.ts';
import { SCHEMA_VERSION } from './issue.ts';
import { SEARCH_INDEX_VERSION } from './search.ts';

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
  /** Size of docs.json. */
  docsBytes: count,
  /** [firstKey, bytes] per chunk, ascending; chunk n is searchFiles.chunk(n). */
  chunks: z.array(chunkEntry),
  people: z.array(personEntrySchema),
});
export type SearchManifest = z.infer<typeof searchManifestSchema>;

const entityRef = z.tuple([z.string(), z.string()]);

// The table has ~100,000 numbers and ~100,000 small arrays at ten years: checked by plain loops,
// which take a few milliseconds where element-by-element schemas take a tenth of a second.
const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
const counts = z.custom<number[]>((v) => Array.isArray(v) && v.every(isCount), 'expected an array of non-negative integers');
const refs = z.custom<number[][]>(
  (v) => Array.isArray(v) && v.every((row) => Array.isArray(row) && row.every(isCount)),
  'expected arrays of non-negative integers',
);

export const searchDocsSchema = z
  .object({
    ...versions,
    /** [issueId, date, articleCount], newest first; articles follow in this order, each issue's in print order. */
    issues: z.array(z.tuple([z.string(), isoDate, count])),
    /** Per article: titleEnd, headingEnd, length of its indexed text (search.ts: indexedText). */
    bounds: counts,
    /** Per article: indexes into `entities` of the people and places it mentions and its byline names. */
    people: refs,
    places: refs,
    names: refs,
    entities: z.object({ people: z.array(entityRef), places: z.array(entityRef), names: z.array(z.string()) }),
  })
  .check(
    z.refine((docs) => {
      const n = docs.issues.reduce((sum, [, , articles]) => sum + articles, 0);
      return [docs.bounds.length / 3, docs.people.length, docs.places.length, docs.names.length].every((size) => size === n);
    }, 'rows do not match the number of articles'),
    z.refine((docs) => {
      const within = (rows: number[][], max: number) => rows.every((row) => row.every((i) => i < max));
      const { people, places, names } = docs.entities;
      return within(docs.people, people.length) && within(docs.places, places.length) && within(docs.names, names.length);
    }, 'entity index out of range'),
  );
export type SearchDocs = z.infer<typeof searchDocsSchema>;

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
  chunk: (n: number) => `search/chunks/${n}.bin`,
} as const;

/** URLs of the search data, relative to the site root. */
export const searchPaths = {
  manifest: `data/${searchFiles.manifest}`,
  docs: `data/${searchFiles.docs}`,
  chunk: (n: number) => `data/${searchFiles.chunk(n)}`,
} as const;
