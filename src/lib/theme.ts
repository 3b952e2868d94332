/** The reader's explicit choice; absent means "follow the system". index.html reads the same key. */
export const THEME_KEY = 'zzrb-theme';
export type Theme = 'light' | 'dark';

const systemQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage can be blocked (privacy mode); the system setting still applies.
    return null;
  }
}

export function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark');
}

/** Saves and applies the reader's choice, which from now on wins over the system setting. */
export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not remembered, but still applied for this visit.
  }
  applyTheme(theme);
}

/** Follows system changes while the reader has not chosen; returns the unsubscribe. */
export function followSystemTheme(onChange: (theme: Theme) => void): () => void {
  const query = systemQuery();
  const listener = () => {
    if (storedTheme()) return;
    const theme = query.matches ? 'dark' : 'light';
    applyTheme(theme);
    onChange(theme);
  };
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
