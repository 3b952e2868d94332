import type { Bookmark, BookmarkDoc } from './schema';
import { bookmarkKey, CURRENT_VERSION } from './schema';

const time = (iso: string): number => Date.parse(iso);

/** Same-stamp copies that differ are rare (two tabs in one millisecond); any fixed order keeps merges symmetric. */
function newer(a: Bookmark, b: Bookmark): Bookmark {
  const diff = time(a.updatedAt) - time(b.updatedAt);
  if (diff !== 0) return diff > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * Joins two versions of the document (this tab's and another tab's, or memory and storage): per bookmark
 * the newest change wins, a removal only beats changes made before it, and a tie keeps the bookmark.
 * Symmetric, idempotent and associative, so the order tabs sync in does not matter.
 */
export function mergeDocs(a: BookmarkDoc, b: BookmarkDoc): BookmarkDoc {
  const live = new Map<string, Bookmark>();
  for (const bookmark of [...a.bookmarks, ...b.bookmarks]) {
    const key = bookmarkKey(bookmark);
    const other = live.get(key);
    live.set(key, other ? newer(other, bookmark) : bookmark);
  }
  const removed: Record<string, string> = {};
  for (const [key, at] of [...Object.entries(a.removed), ...Object.entries(b.removed)]) {
    const other = removed[key];
    if (other === undefined || time(at) > time(other)) removed[key] = at;
  }
  for (const [key, at] of Object.entries(removed)) {
    const bookmark = live.get(key);
    if (!bookmark) continue;
    if (time(bookmark.updatedAt) >= time(at)) delete removed[key];
    else live.delete(key);
  }
  const bookmarks = [...live.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, bookmark]) => bookmark);
  return { version: CURRENT_VERSION, bookmarks, removed: sortedRecord(removed) };
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/** Removal records only matter while a stale tab might still hold the bookmark; half a year is plenty. */
export const REMOVAL_MEMORY_MS = 180 * 24 * 60 * 60 * 1000;

export function forgetOldRemovals(doc: BookmarkDoc, now: number): BookmarkDoc {
  const entries = Object.entries(doc.removed);
  const kept = entries.filter(([, at]) => now - time(at) <= REMOVAL_MEMORY_MS);
  return kept.length === entries.length ? doc : { ...doc, removed: Object.fromEntries(kept) };
}
