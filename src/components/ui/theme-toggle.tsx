import { useSyncExternalStore } from 'react';
import { chooseTheme, currentTheme, followSystemTheme, type Theme } from '../../lib/theme';

let listeners: (() => void)[] = [];
const changed = () => listeners.forEach((listener) => listener());
let stopFollowing: (() => void) | undefined;
const subscribe = (listener: () => void) => {
  listeners.push(listener);
  stopFollowing ??= followSystemTheme(changed);
  return () => {
    listeners = listeners.filter((l) => l !== listener);
    if (listeners.length === 0) {
      stopFollowing?.();
      stopFollowing = undefined;
    }
  };
};
// The static HTML cannot know the reader's theme; index.html's script has already applied it to
// <html>, so the icon is chosen by CSS (dark:) and never flashes, and the button's state follows.
const onServer = (): Theme => 'light';

/** Light/dark switch: what index.html already applied, so nothing flashes. */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, currentTheme, onServer) === 'dark';
  return (
    <button
      type="button"
      data-testid="theme-toggle"
      aria-pressed={dark}
      title={dark ? '切换到浅色' : '切换到深色'}
      onClick={() => {
        chooseTheme(dark ? 'light' : 'dark');
        changed();
      }}
      className="inline-flex size-8 shrink-0 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100"
    >
      <span aria-hidden="true" className="dark:hidden">
        ☀
      </span>
      <span aria-hidden="true" className="hidden dark:inline">
        ☾
      </span>
      <span className="sr-only">深色模式</span>
    </button>
  );
}
