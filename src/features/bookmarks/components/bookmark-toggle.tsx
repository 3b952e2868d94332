import { useState } from 'react';
import { useShortcuts } from '../../../lib/use-shortcuts';
import type { BookmarkTarget } from '../schema';
import { useBookmarkActions, useIsBookmarked } from '../hooks';
import { BookmarkIcon } from './bookmark-icon';

type BookmarkToggleProps = {
  target: BookmarkTarget;
  /** Let the B key toggle this one: only for the page's own toggle, never for toggles in a list. */
  shortcut?: boolean;
  /** A smaller button for lists (search results, calendars). */
  compact?: boolean;
};

const base =
  'inline-flex items-center gap-1.5 rounded-full border transition-colors';
const off = 'border-stone-300 bg-white text-stone-700 hover:border-red-900 hover:text-red-900';
const on = 'border-red-900 bg-red-50 text-red-900 hover:bg-red-100';

/**
 * Saves or removes a bookmark. The label stays "收藏" and `aria-pressed` carries the state (the filled
 * ribbon shows it), so screen readers hear one consistent button. A failed save says why, right here.
 */
export function BookmarkToggle({ target, shortcut = false, compact = false }: BookmarkToggleProps) {
  const saved = useIsBookmarked(target);
  const actions = useBookmarkActions();
  const [error, setError] = useState<string>();
  const toggle = () => {
    const result = actions.toggle(target);
    setError(result.ok ? undefined : result.message);
  };
  // B, not only b: Caps Lock or Shift should not make the key silently do nothing.
  useShortcuts(shortcut ? { b: toggle, B: toggle } : {});
  const size = compact ? 'px-2.5 py-0.5 text-xs' : 'px-3.5 py-1 text-sm';
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        data-testid="bookmark-toggle"
        aria-pressed={saved}
        aria-keyshortcuts={shortcut ? 'B' : undefined}
        title={shortcut ? '收藏（快捷键 B）' : undefined}
        onClick={toggle}
        className={`${base} ${size} ${saved ? on : off}`}
      >
        <BookmarkIcon filled={saved} className={compact ? 'size-3.5' : 'size-4'} />
        收藏
      </button>
      {error && (
        <span role="alert" className="max-w-xs text-right text-sm leading-snug text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
