import type { Bookmark } from './schema';
import { formatDate } from '../../lib/dates';

export type SortOrder = 'saved' | 'issue-date';

/** Whether the page could confirm the bookmarked item is still in the archive. */
export type Availability = 'present' | 'missing' | 'checking' | 'unknown';

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Matches every space-separated word against title, paper, date (as printed and as ISO) and note. */
export function filterBookmarks(bookmarks: readonly Bookmark[], query: string): Bookmark[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...bookmarks];
  return bookmarks.filter((bookmark) => {
    const haystack = fold([bookmark.title, bookmark.paper ?? '', bookmark.date, formatDate(bookmark.date), bookmark.note].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

const byTime = (a: string, b: string) => Date.parse(b) - Date.parse(a);

/** Newest first either way; by issue date, bookmarks of the same day keep their saved order. */
export function sortBookmarks(bookmarks: readonly Bookmark[], order: SortOrder): Bookmark[] {
  return [...bookmarks].sort((a, b) =>
    order === 'issue-date' && a.date !== b.date ? (a.date < b.date ? 1 : -1) : byTime(a.savedAt, b.savedAt),
  );
}

export function groupBookmarks(bookmarks: readonly Bookmark[]): { issues: Bookmark[]; articles: Bookmark[] } {
  return {
    issues: bookmarks.filter((bookmark) => bookmark.kind === 'issue'),
    articles: bookmarks.filter((bookmark) => bookmark.kind === 'article'),
  };
}
