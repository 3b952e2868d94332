import { useNavigate } from 'react-router';
import { useShortcuts } from '../../lib/use-shortcuts';

/** j/k: next/previous article; [ and ]: previous/next issue. `/` (search) and `?` (help) live elsewhere. */
export type NavKeys = Partial<Record<'j' | 'k' | '[' | ']', string>>;

/** Navigates to the page bound to a key; lib/shortcuts.ts decides when a key counts. */
export function useNavShortcuts(keys: NavKeys): void {
  const navigate = useNavigate();
  const go = (href: string | undefined) => (href ? () => void navigate(href) : undefined);
  useShortcuts({ j: go(keys.j), k: go(keys.k), '[': go(keys['[']), ']': go(keys[']']) });
}
