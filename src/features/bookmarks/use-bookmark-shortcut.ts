import { useEffect, useRef } from 'react';
import { isTypingOrModified } from '../../lib/keyboard';

/**
 * Calls `onToggle` when the reader presses B on the page: not with Ctrl/⌘/Alt, not while typing in a
 * field (a "b" typed into the search box or a note is just a letter), not behind an open dialog.
 */
export function useBookmarkShortcut(onToggle: (() => void) | undefined): void {
  // The latest callback, without re-adding the listener on every render.
  const latest = useRef(onToggle);
  useEffect(() => {
    latest.current = onToggle;
  });
  const enabled = onToggle !== undefined;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key !== 'b' && event.key !== 'B') || event.repeat || isTypingOrModified(event)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current?.();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
