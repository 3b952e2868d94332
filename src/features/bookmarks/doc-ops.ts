import type { Bookmark, BookmarkDoc, BookmarkTarget } from './schema';
import { bookmarkKey, NOTE_MAX_LENGTH } from './schema';

// Pure operations on the stored document. Each returns a new document and never mutates its input,
// so a failed write can simply keep the old one.

const time = (iso: string): number => Date.parse(iso);

/**
 * A stamp later than every change the document has seen, even if the clock says otherwise: merges keep
 * the newest record per bookmark, so a removal must never carry the same stamp as the add it undoes.
 */
export function nextStamp(doc: BookmarkDoc, now: number): string {
  let latest = -Infinity;
  for (const bookmark of doc.bookmarks) latest = Math.max(latest, time(bookmark.updatedAt));
  for (const at of Object.values(doc.removed)) latest = Math.max(latest, time(at));
  return new Date(Math.max(now, latest + 1)).toISOString();
}

export function findBookmark(doc: BookmarkDoc, key: string): Bookmark | undefined {
  return doc.bookmarks.find((bookmark) => bookmarkKey(bookmark) === key);
}

function withoutRemoval(removed: BookmarkDoc['removed'], key: string): BookmarkDoc['removed'] {
  const rest = { ...removed };
  delete rest[key];
  return rest;
}

function put(doc: BookmarkDoc, bookmark: Bookmark): BookmarkDoc {
  const key = bookmarkKey(bookmark);
  return {
    ...doc,
    bookmarks: [...doc.bookmarks.filter((other) => bookmarkKey(other) !== key), bookmark],
    removed: withoutRemoval(doc.removed, key),
  };
}

/** Saves a new bookmark; one that already exists keeps its note and saved time. */
export function addBookmark(doc: BookmarkDoc, target: BookmarkTarget, stamp: string): BookmarkDoc {
  if (findBookmark(doc, bookmarkKey(target))) return doc;
  return put(doc, { ...target, savedAt: stamp, updatedAt: stamp, note: '' });
}

/** Removes a bookmark and records when, so another tab's older copy cannot bring it back. */
export function removeBookmark(doc: BookmarkDoc, key: string, stamp: string): BookmarkDoc {
  if (!findBookmark(doc, key)) return doc;
  return {
    ...doc,
    bookmarks: doc.bookmarks.filter((bookmark) => bookmarkKey(bookmark) !== key),
    removed: { ...doc.removed, [key]: stamp },
  };
}

export const cleanNote = (note: string): string => Array.from(note.trim()).slice(0, NOTE_MAX_LENGTH).join('');

export function setNote(doc: BookmarkDoc, key: string, note: string, stamp: string): BookmarkDoc {
  const bookmark = findBookmark(doc, key);
  const cleaned = cleanNote(note);
  if (!bookmark || bookmark.note === cleaned) return doc;
  return put(doc, { ...bookmark, note: cleaned, updatedAt: stamp });
}

/** Undo of a removal: the bookmark comes back with its original saved time and note. */
export function restoreBookmark(doc: BookmarkDoc, bookmark: Bookmark, stamp: string): BookmarkDoc {
  if (findBookmark(doc, bookmarkKey(bookmark))) return doc;
  return put(doc, { ...bookmark, updatedAt: stamp });
}

export type ImportCounts = { added: number; existing: number };

/**
 * Merges bookmarks from a file: new ones are added (even if removed here before: importing is explicit),
 * existing ones are kept as they are, except that an empty note takes the file's note.
 */
export function importBookmarks(
  doc: BookmarkDoc,
  entries: readonly Bookmark[],
  stamp: string,
): { doc: BookmarkDoc; counts: ImportCounts } {
  let next = doc;
  const counts: ImportCounts = { added: 0, existing: 0 };
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = bookmarkKey(entry);
    const current = findBookmark(next, key);
    if (current) {
      if (!seen.has(key)) counts.existing += 1;
      if (!current.note && entry.note) next = put(next, { ...current, note: cleanNote(entry.note), updatedAt: stamp });
    } else {
      next = put(next, { ...entry, note: cleanNote(entry.note), updatedAt: stamp });
      counts.added += 1;
    }
    seen.add(key);
  }
  return { doc: next, counts };
}
