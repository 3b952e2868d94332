import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useShortcuts } from '../../lib/use-shortcuts';

/** j/k: next/previous article; [ and ]: previous/next issue. `/` (search) and `?` (help) live elsewhere. */
export type NavKey = 'j' | 'k' | '[' | ']';
export type NavKeys = Partial<Record<NavKey, string>>;

/** What a key says when there is nowhere to go: a key that does nothing looks broken. */
const ENDS: Record<NavKey, string> = {
  j: '已是本期最后一篇',
  k: '已是本期第一篇',
  '[': '已是最早的一期',
  ']': '已是最新的一期',
};
const NOTICE_MS = 4000;

/**
 * Navigates to the page bound to a key (lib/shortcuts.ts decides when a key counts). A key in
 * `ends` with no page to go to returns its message instead, for the view to show (NavNotice).
 */
export function useNavShortcuts(keys: NavKeys, ends: readonly NavKey[] = []): string | undefined {
  const navigate = useNavigate();
  const [notice, setNotice] = useState<{ text: string; at: number }>();
  const bind = (key: NavKey) => {
    const href = keys[key];
    if (href) return () => void navigate(href);
    return ends.includes(key) ? () => setNotice({ text: ENDS[key], at: Date.now() }) : undefined;
  };
  useShortcuts({ j: bind('j'), k: bind('k'), '[': bind('['), ']': bind(']') });
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return notice?.text;
}
