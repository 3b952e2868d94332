import { useMemo, useSyncExternalStore } from 'react';
import type { BookmarkTarget } from './schema';
import type { BookmarkState, BookmarkStore } from './store';
import type { BookmarkActions } from './actions';
import { bookmarkKey } from './schema';
import { createBookmarkStore, unreadBookmarkState } from './store';
import { bookmarkActions } from './actions';

let store: BookmarkStore | undefined;
let actions: BookmarkActions | undefined;

/** One store per page, created on first use so a page that never shows bookmarks never touches storage. */
export function getBookmarkStore(): BookmarkStore {
  store ??= createBookmarkStore({ getStorage: () => window.localStorage, events: window });
  return store;
}

/** Everything about bookmarks, re-rendering when this tab or another one changes them. */
const unread = () => unreadBookmarkState;
const noSubscription = () => () => {};

/**
 * Everything about bookmarks, re-rendering when this tab or another one changes them. Rendered at
 * build time and while hydrating, nothing is read yet (storage is the reader's own): the page
 * renders without bookmarks, then at once with them.
 */
export function useBookmarkState(): BookmarkState {
  const current = typeof window === 'undefined' ? undefined : getBookmarkStore();
  return useSyncExternalStore(current?.subscribe ?? noSubscription, current?.getSnapshot ?? unread, unread);
}

// The store (and storage) is opened on the first action, not while rendering: pages are also
// rendered at build time, where there is no storage, and an action is always a reader's click or key.
const firstUse = new Proxy({} as BookmarkActions, {
  get: (_target, name: keyof BookmarkActions) => {
    actions ??= bookmarkActions(getBookmarkStore());
    return actions[name];
  },
});

export function useBookmarkActions(): BookmarkActions {
  return firstUse;
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
