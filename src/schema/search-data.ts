/**
 * The search files the pipeline writes under public/data/search/ and the app reads:
 *   manifest.json    the shards (one per month, newest first) with sizes, and people for suggestions
 *   <YYYY-MM>.json   that month's MiniSearch index plus a compact text store for the exact check and snippets
 * Checked with zod when written and again when loaded.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './issue.ts';
import { SEARCH_INDEX_VERSION } from './search.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** [entityId, name] of a person or place mentioned in the article. */
const entityRef = z.tuple([z.string(), z.string()]);

export const searchDocSchema = z.object({
  issueId: z.string(),
  articleId: z.string(),
  date: isoDate,
  title: z.string(),
  kicker: z.string().optional(),
  subtitles: z.array(z.string()),
  names: z.array(z.string()),
  body: z.string(),
  people: z.array(entityRef),
  places: z.array(entityRef),
});
export type SearchDoc = z.infer<typeof searchDocSchema>;

const versions = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  indexVersion: z.literal(SEARCH_INDEX_VERSION),
};

/** A shard's period: the month its issues are dated in. */
const period = z.string().regex(/^\d{4}-\d{2}$/);

export const searchShardSchema = z.object({
  ...versions,
  period,
  docs: z.array(searchDocSchema),
  // MiniSearch's own serialisation: checked for its shape here, fully by MiniSearch.loadJS.
  index: z.looseObject({
    documentCount: z.number().int().nonnegative(),
    serializationVersion: z.number().int(),
    index: z.array(z.unknown()),
  }),
});
export type SearchShard = z.infer<typeof searchShardSchema>;

export const shardEntrySchema = z.object({
  period,
  file: z.string(),
  docCount: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  gzipBytes: z.number().int().nonnegative(),
  firstDate: isoDate,
  lastDate: isoDate,
});
export type ShardEntry = z.infer<typeof shardEntrySchema>;

export const personEntrySchema = z.object({
  name: z.string(),
  /** Toneless pinyin without spaces (maotengfei) and initials (mtf), for suggestions. */
  pinyin: z.string(),
  initials: z.string(),
  /** Articles that mention or credit the person. */
  count: z.number().int().positive(),
});
export type PersonEntry = z.infer<typeof personEntrySchema>;

export const searchManifestSchema = z.object({
  ...versions,
  docCount: z.number().int().nonnegative(),
  /** Newest first: the app loads them in this order, so recent results show up first. */
  shards: z.array(shardEntrySchema),
  people: z.array(personEntrySchema),
});
export type SearchManifest = z.infer<typeof searchManifestSchema>;

/** Files of the search data, relative to the data folder. */
export const searchFiles = {
  manifest: 'search/manifest.json',
  shard: (period: string) => `search/${period}.json`,
} as const;

/** URLs of the search data, relative to the site root. */
export const searchPaths = {
  manifest: `data/${searchFiles.manifest}`,
  shard: (file: string) => `data/${file}`,
} as const;
