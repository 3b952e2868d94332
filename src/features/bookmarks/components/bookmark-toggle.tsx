import { pillButtonClass } from '../../../components/ui/pill-button';
import { useEffect, useState } from 'react';
import { useShortcuts } from '../../../lib/use-shortcuts';
import type { Bookmark, BookmarkTarget } from '../schema';
import { bookmarkKey } from '../schema';
import { getBookmarkStore, useBookmarkActions, useIsBookmarked } from '../hooks';
import { BookmarkIcon } from './bookmark-icon';
import { UndoToast } from './undo-toast';

type BookmarkToggleProps = {
  target: BookmarkTarget;
  /** Let the b key toggle this one: only for the page's own toggle, never for toggles in a list. */
  shortcut?: boolean;
  /** A smaller button for lists (search results, calendars). */
  compact?: boolean;
};

/** What the b key just did, shown as a toast: the button it changed may be far from the reader's eyes. */
type KeyNotice = { kind: 'added' } | { kind: 'removed'; bookmark: Bookmark; error?: string };

/**
 * Saves or removes a bookmark. The label stays "收藏" and `aria-pressed` carries the state (the filled
 * ribbon shows it), so screen readers hear one consistent button. A failed save says why, right here.
 * The b key says what it did in a toast (a live region), with undo for a removal.
 */
export function BookmarkToggle({ target, shortcut = false, compact = false }: BookmarkToggleProps) {
  const saved = useIsBookmarked(target);
  const actions = useBookmarkActions();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<KeyNotice>();
  const toggle = (): KeyNotice | undefined => {
    const key = bookmarkKey(target);
    const find = () => getBookmarkStore().getSnapshot().bookmarks.find((b) => bookmarkKey(b) === key);
    const before = find();
    // toggle() judges on the freshest stored state (another tab may have changed it): ask after.
    const result = actions.toggle(target);
    setError(result.ok ? undefined : result.message);
    if (!result.ok) return undefined;
    if (find()) return { kind: 'added' };
    return before ? { kind: 'removed', bookmark: before } : undefined;
  };
  const toggleByKey = () => setNotice(toggle());
  const undo = () => {
    if (notice?.kind !== 'removed') return;
    const result = actions.restore(notice.bookmark);
    setNotice(result.ok ? { kind: 'added' } : { ...notice, error: `未能撤销：${result.message}` });
  };
  // "Saved" needs no answer and goes by itself; a removal's undo stays until used or closed.
  useEffect(() => {
    if (notice?.kind !== 'added') return;
    const timer = setTimeout(() => setNotice(undefined), 4000);
    return () => clearTimeout(timer);
  }, [notice]);
  // B, not only b: Caps Lock or Shift should not make the key silently do nothing.
  useShortcuts(shortcut ? { b: toggleByKey, B: toggleByKey } : {});
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        data-testid="bookmark-toggle"
        aria-pressed={saved}
        aria-keyshortcuts={shortcut ? 'b' : undefined}
        title={shortcut ? '收藏（快捷键 b）' : undefined}
        onClick={() => {
          toggle();
          setNotice(undefined);
        }}
        className={pillButtonClass({ pressed: saved, compact })}
      >
        <BookmarkIcon filled={saved} className={compact ? 'size-3.5' : 'size-4'} />
        收藏
      </button>
      {error && (
        <span role="alert" className="max-w-xs text-right text-sm leading-snug text-red-800">
          {error}
        </span>
      )}
      {notice && (
        <UndoToast
          label={target.title}
          focusUndo={false}
          text={notice.kind === 'added' ? '已收藏（再按 b 取消）' : `已取消收藏“${target.title}”`}
          error={notice.kind === 'removed' ? notice.error : undefined}
          onUndo={notice.kind === 'removed' ? undo : undefined}
          onClose={() => setNotice(undefined)}
        />
      )}
    </span>
  );
}
