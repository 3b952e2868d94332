/**
 * The archive's entry file and its per-year volumes. manifest.json is loaded on every first visit,
 * so it carries only what the front page, prev/next and the calendar need for every issue; the
 * detail (headline, source, paper…) lives in manifest/<year>.json, loaded for the year shown.
 */
import { z } from './zod.ts';
import { HASH_CHARS } from './content-hash.ts';
import { SCHEMA_VERSION, type Article } from './issue.ts';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** The date, suffixed (-2, -3…) when two issues share a date; same rule as the issue files. */
const issueId = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(-\d+)?$/));
const count = z.int().check(z.nonnegative());
/** The content hash a file's name carries (content-hash.ts). */
export const fileHash = z.string().check(z.regex(new RegExp(`^[0-9a-f]{${HASH_CHARS}}$`)));
/** A content-named file, relative to the data folder: `<folder>/<name>.<hash>.<ext>`. */
export const namedFile = (folder: string, ext: string) => z.string().check(z.regex(new RegExp(`^${folder}/[^/]+\\.[0-9a-f]{${HASH_CHARS}}\\.${ext}$`)));

/** An issue: its file is issues/<id>.<hash>.json. */
export const manifestEntrySchema = z.object({ id: issueId, date: isoDate, hash: fileHash });
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** A year's volume: where its detail file is, relative to the data folder. */
export const manifestYearRefSchema = z.object({
  year: z.int(),
  file: namedFile('manifest', 'json'),
  issueCount: count,
});
export type ManifestYearRef = z.infer<typeof manifestYearRefSchema>;

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Newest first. */
  issues: z.array(manifestEntrySchema),
  /** Newest first; every year that has issues. */
  years: z.array(manifestYearRefSchema),
  /** entities/list.<hash>.json: people and places, each naming its own file. */
  entities: namedFile('entities', 'json'),
  /** search/manifest.<hash>.json: the search index's entry, naming the rest of the index. */
  search: namedFile('search', 'json'),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** One issue as the archive lists it. */
export const issueSummarySchema = z.object({
  id: issueId,
  date: isoDate,
  /** The seed file name. */
  source: z.string(),
  paper: z.string(),
  edition: z.optional(z.string()),
  articleCount: count,
  /** Title of the issue's lead article (see leadArticle). */
  headline: z.string(),
});
export type IssueSummary = z.infer<typeof issueSummarySchema>;

export const manifestYearSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  year: z.int(),
  /** Newest first. */
  issues: z.array(issueSummarySchema),
});
export type ManifestYear = z.infer<typeof manifestYearSchema>;

/**
 * The lead story: the first story with a printed title, else the first article. Shared so that the
 * headline the archive lists and the story the front page sets large are always the same one.
 */
export function leadArticle<A extends Pick<Article, 'kind' | 'titleDerived'>>(articles: readonly A[]): A | undefined {
  return articles.find((a) => a.kind === 'story' && !a.titleDerived) ?? articles[0];
}
