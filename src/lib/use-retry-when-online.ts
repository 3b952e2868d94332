import { useEffect } from 'react';

/**
 * Runs `retry` when the network comes back (while `enabled`), so what failed offline recovers
 * without a reload: a page's data, a search's index files.
 */
export function useRetryWhenOnline(retry: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    // A moment after the event: the connection (and the service worker's) may lag behind it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => (timer = setTimeout(retry, 1000));
    addEventListener('online', later);
    return () => {
      removeEventListener('online', later);
      clearTimeout(timer);
    };
  }, [retry, enabled]);
}
