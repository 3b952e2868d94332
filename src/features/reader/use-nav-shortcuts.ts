import { useLayoutEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { isTypingOrModified } from '../../lib/keyboard';

/** j/k: next/previous article; [ and ]: previous/next issue. `/` (search) and `?` (help) live elsewhere. */
export type NavKeys = Partial<Record<'j' | 'k' | '[' | ']', string>>;

/** Navigates to the page bound to a key, unless the reader is typing or holding a modifier. */
export function useNavShortcuts(keys: NavKeys): void {
  const navigate = useNavigate();
  const latest = useRef(keys);
  // Layout effects, not passive ones: the keys must be live as soon as the page is on screen. A passive
  // effect can run a frame later, and a key pressed in between would be lost (seen in CI under load).
  useLayoutEffect(() => {
    latest.current = keys;
  });
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingOrModified(event) || event.repeat) return;
      const href = latest.current[event.key as keyof NavKeys];
      if (!href) return;
      event.preventDefault();
      void navigate(href);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
