import { z } from '../../schema/zod';

/** The version of the stored data this build writes; older ones are migrated in migrate.ts. */
export const CURRENT_VERSION = 2;

// Ids are kept loose on purpose: a bookmark must stay readable even if the data's id rules change.
const idSchema = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,100}$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** An ISO time in UTC, as `Date.prototype.toISOString` writes it. */
export const timestampSchema = z.iso.datetime();
const timestamp = timestampSchema;

export const NOTE_MAX_LENGTH = 500;

const common = {
  issueId: idSchema,
  /** A snapshot taken when saved, so a bookmark whose item has gone can still be named. */
  title: z.string(),
  /** The issue's date (YYYY-MM-DD). */
  date: isoDate,
  paper: z.optional(z.string().check(z.maxLength(100))),
  savedAt: timestamp,
  /** Last change of this record; merges across tabs keep the newest. */
  updatedAt: timestamp,
  note: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
};

export const bookmarkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('issue'), ...common }),
  z.object({ kind: z.literal('article'), articleId: idSchema, ...common }),
]);
export type Bookmark = z.infer<typeof bookmarkSchema>;

// Omit on a union must distribute, or the article variant loses its articleId.
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a page hands to the toggle: a bookmark before it has times and a note. */
export type BookmarkTarget = DistributiveOmit<Bookmark, 'savedAt' | 'updatedAt' | 'note'>;

/** `issue:<issueId>` or `article:<issueId>/<articleId>`, as made by `bookmarkKey`. */
export const bookmarkKeySchema = z
  .string()
  .check(z.regex(/^(issue:[A-Za-z0-9._-]+|article:[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+)$/));

/** Version 2: live bookmarks plus when each removed one was removed, so tabs can merge removals. */
export const bookmarkDocSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  bookmarks: z.array(bookmarkSchema),
  removed: z.record(bookmarkKeySchema, timestamp),
});
export type BookmarkDoc = z.infer<typeof bookmarkDocSchema>;

/** Identifies a bookmark: one per issue and one per article. */
export function bookmarkKey(target: Pick<BookmarkTarget, 'kind' | 'issueId'> & { articleId?: string }): string {
  return target.kind === 'issue' ? `issue:${target.issueId}` : `article:${target.issueId}/${target.articleId ?? ''}`;
}

export const emptyDoc = (): BookmarkDoc => ({ version: CURRENT_VERSION, bookmarks: [], removed: {} });
