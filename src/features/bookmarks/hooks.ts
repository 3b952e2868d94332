import { useMemo, useSyncExternalStore } from 'react';
import type { BookmarkTarget } from './schema';
import type { BookmarkState, BookmarkStore } from './store';
import type { BookmarkActions } from './actions';
import { bookmarkKey } from './schema';
import { createBookmarkStore } from './store';
import { bookmarkActions } from './actions';

let store: BookmarkStore | undefined;
let actions: BookmarkActions | undefined;

/** One store per page, created on first use so a page that never shows bookmarks never touches storage. */
export function getBookmarkStore(): BookmarkStore {
  store ??= createBookmarkStore({ getStorage: () => window.localStorage, events: window });
  return store;
}

/** Everything about bookmarks, re-rendering when this tab or another one changes them. */
export function useBookmarkState(): BookmarkState {
  const current = getBookmarkStore();
  return useSyncExternalStore(current.subscribe, current.getSnapshot, current.getSnapshot);
}

export function useBookmarkActions(): BookmarkActions {
  actions ??= bookmarkActions(getBookmarkStore());
  return actions;
}

type Identity = Pick<BookmarkTarget, 'kind' | 'issueId'> & { articleId?: string };

/** Whether an issue or article is bookmarked; for toggles and marks on any page. */
export function useIsBookmarked(target: Identity): boolean {
  const { bookmarks } = useBookmarkState();
  const key = bookmarkKey(target);
  return bookmarks.some((bookmark) => bookmarkKey(bookmark) === key);
}

/** Ids of issues bookmarked as a whole (not through one of their articles); e.g. to mark days on a calendar. */
export function useBookmarkedIssueIds(): ReadonlySet<string> {
  const { bookmarks } = useBookmarkState();
  return useMemo(
    () => new Set(bookmarks.filter((bookmark) => bookmark.kind === 'issue').map((bookmark) => bookmark.issueId)),
    [bookmarks],
  );
}
