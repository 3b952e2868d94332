import { useEffect } from 'react';
import { useBookmarkState } from '../../features/bookmarks/hooks';
import { canKeep } from '../../features/offline/can-keep';
import { loadArchiveEntry } from '../../lib/archive-entry';
import { issueFileUrl } from './issue-file-url';

/**
 * Keeps the issue file of every bookmark (an article lives in its issue's file) on this device, in
 * step with the bookmarks: added when bookmarked, let go when removed. Runs when the browser is
 * idle, so it never competes with the page on screen (nor loads the manifest before it is idle on
 * pages that do not need it).
 */
export function KeepBookmarksOffline() {
  const { bookmarks, status } = useBookmarkState();
  // Unreadable bookmarks are not "no bookmarks": keep what is kept until they are read again.
  const key = status.kind === 'ready' ? [...new Set(bookmarks.map((b) => b.issueId))].sort().join(' ') : undefined;
  useEffect(() => {
    if (key === undefined || !canKeep()) return;
    const run = () =>
      void loadArchiveEntry()
        .then(async ({ manifest }) => (await import('../../features/offline/keep')).syncBookmarked(key ? key.split(' ').map((id) => issueFileUrl(manifest, id)).filter(Boolean) : []))
        .catch(() => undefined);
    const handle = 'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1000);
    return () => ('cancelIdleCallback' in window ? cancelIdleCallback(handle as number) : clearTimeout(handle));
  }, [key]);
  return null;
}
