import { useState, type ReactNode } from 'react';
import type { Bookmark } from '../schema';
import type { Availability, SortOrder } from '../list';
import { bookmarkKey } from '../schema';
import { filterBookmarks, sortBookmarks } from '../list';
import { useBookmarkActions, useBookmarkState } from '../hooks';
import { BookmarksToolbar } from './bookmarks-toolbar';
import { BookmarkGroups } from './bookmark-groups';
import { bookmarkLabel } from './bookmark-item';
import { TransferPanel } from './transfer-panel';
import { BackupPanel } from './backup-panel';
import { StorageNotice } from './storage-notice';
import { UndoToast } from './undo-toast';

type BookmarksViewProps = {
  /** Supplied by the route, which can check the archive's data; this feature cannot. */
  availability: (bookmark: Bookmark) => Availability;
  /** Shown under the header when there are bookmarks: the route's citation export (another feature). */
  exports?: ReactNode;
};

type Undo = { bookmark: Bookmark; error?: string };

function EmptyState({ filtered, query }: { filtered: boolean; query: string }) {
  return (
    <p className="py-16 text-center leading-relaxed text-stone-600">
      {filtered ? `没有符合“${query.trim()}”的书签。` : '还没有书签。在报纸或文章页点“收藏”（或按 b 键），它就会出现在这里。'}
    </p>
  );
}

/** `/bookmarks`: every saved issue and article, filterable, with notes, undoable removal, export and import. */
export function BookmarksView({ availability, exports }: BookmarksViewProps) {
  const state = useBookmarkState();
  const actions = useBookmarkActions();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<SortOrder>('saved');
  const [undo, setUndo] = useState<Undo>();
  const [error, setError] = useState<string>();

  const shown = sortBookmarks(filterBookmarks(state.bookmarks, query), order);
  const remove = (bookmark: Bookmark) => {
    const result = actions.remove(bookmarkKey(bookmark));
    setError(result.ok ? undefined : `没有移除：${result.message}`);
    if (result.ok) setUndo({ bookmark: result.removed ?? bookmark });
  };
  const restore = () => {
    if (!undo) return;
    const result = actions.restore(undo.bookmark);
    setUndo(result.ok ? undefined : { ...undo, error: `未能撤销：${result.message}` });
  };
  const saveNote = (bookmark: Bookmark, note: string) => {
    const result = actions.setNote(bookmarkKey(bookmark), note);
    return result.ok ? undefined : `备注没有保存：${result.message}`;
  };

  return (
    <div className="mx-auto max-w-3xl px-4 pt-8 pb-24">
      <header className="flex flex-wrap items-end justify-between gap-4 border-b-4 border-double border-stone-800 pb-4">
        <div>
          <h1 className="text-3xl font-bold tracking-[0.2em]">书签</h1>
          <p className="mt-1 text-sm text-stone-600">共 {state.bookmarks.length} 条 · 只保存在这个浏览器里</p>
        </div>
        <TransferPanel bookmarks={state.bookmarks} />
      </header>
      {state.bookmarks.length > 0 && exports}
      <StorageNotice status={state.status} />
      <BackupPanel state={state} />
      {error && (
        <p role="alert" className="mt-6 text-sm text-red-800">
          {error}
        </p>
      )}
      {state.bookmarks.length > 0 && <BookmarksToolbar query={query} onQueryChange={setQuery} order={order} onOrderChange={setOrder} />}
      {shown.length === 0 ? (
        <EmptyState filtered={state.bookmarks.length > 0} query={query} />
      ) : (
        <BookmarkGroups bookmarks={shown} availability={availability} onRemove={remove} onSaveNote={saveNote} />
      )}
      {undo && <UndoToast label={bookmarkLabel(undo.bookmark)} error={undo.error} onUndo={restore} onClose={() => setUndo(undefined)} />}
    </div>
  );
}
