import { useLayoutEffect, useRef } from 'react';
import { bindShortcut } from './shortcuts';

/** Keys (KeyboardEvent.key) to what they do; an undefined action leaves the key unbound. */
export type ShortcutMap = Readonly<Record<string, (() => void) | undefined>>;

/**
 * Binds shortcuts for as long as the component is mounted, under the one rule of lib/shortcuts.ts.
 * The latest actions run without rebinding on every render; only a change in which keys are bound rebinds.
 */
export function useShortcuts(map: ShortcutMap): void {
  const latest = useRef(map);
  // Layout effects, not passive ones: the keys must be live as soon as the page is on screen. A passive
  // effect can run a frame later, and a key pressed in between would be lost (seen in CI under load).
  useLayoutEffect(() => {
    latest.current = map;
  });
  const keys = Object.keys(map)
    .filter((key) => map[key] !== undefined)
    .sort()
    .join('\n');
  useLayoutEffect(() => {
    if (!keys) return;
    return bindShortcut(keys.split('\n'), (key) => latest.current[key]?.());
  }, [keys]);
}
