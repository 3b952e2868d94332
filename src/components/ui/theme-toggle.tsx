import { useEffect, useState } from 'react';
import { chooseTheme, currentTheme, followSystemTheme } from '../../lib/theme';

/** Light/dark switch; the first render reads what index.html already applied, so nothing flashes. */
export function ThemeToggle() {
  const [theme, setTheme] = useState(currentTheme);
  useEffect(() => followSystemTheme(setTheme), []);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      data-testid="theme-toggle"
      aria-pressed={dark}
      title={dark ? '切换到浅色' : '切换到深色'}
      onClick={() => {
        const next = dark ? 'light' : 'dark';
        chooseTheme(next);
        setTheme(next);
      }}
      className="inline-flex size-8 shrink-0 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="sr-only">深色模式</span>
    </button>
  );
}
