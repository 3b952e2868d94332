import type { Bookmark, BookmarkTarget } from './schema';
import type { ImportCounts } from './doc-ops';
import type { ActionResult, BookmarkStore } from './store';
import { bookmarkKey } from './schema';
import { addBookmark, findBookmark, importBookmarks, removeBookmark, restoreBookmark, setNote } from './doc-ops';

/** The things a reader can do to bookmarks, each one write that either happens whole or reports why not. */
export function bookmarkActions(store: BookmarkStore) {
  return {
    /** Adds or removes, judged on the freshest stored state rather than on what this tab last saw. */
    toggle(target: BookmarkTarget): ActionResult {
      const key = bookmarkKey(target);
      return store.commit((doc, stamp) =>
        findBookmark(doc, key) ? removeBookmark(doc, key, stamp) : addBookmark(doc, target, stamp),
      );
    },
    add: (target: BookmarkTarget): ActionResult => store.commit((doc, stamp) => addBookmark(doc, target, stamp)),
    /** On success, `removed` is what an undo needs to put back. */
    remove(key: string): ActionResult & { removed?: Bookmark } {
      let removed: Bookmark | undefined;
      const result = store.commit((doc, stamp) => {
        removed = findBookmark(doc, key);
        return removeBookmark(doc, key, stamp);
      });
      return result.ok && removed ? { ...result, removed } : result;
    },
    restore: (bookmark: Bookmark): ActionResult => store.commit((doc, stamp) => restoreBookmark(doc, bookmark, stamp)),
    setNote: (key: string, note: string): ActionResult => store.commit((doc, stamp) => setNote(doc, key, note, stamp)),
    importEntries(entries: readonly Bookmark[]): ActionResult & { counts?: ImportCounts } {
      let counts: ImportCounts | undefined;
      const result = store.commit((doc, stamp) => {
        const imported = importBookmarks(doc, entries, stamp);
        counts = imported.counts;
        return imported.doc;
      });
      return result.ok && counts ? { ...result, counts } : result;
    },
  };
}

export type BookmarkActions = ReturnType<typeof bookmarkActions>;
