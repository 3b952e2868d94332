/** Session storage survives the reload, so the reloaded page knows it was already tried. */
const KEY = 'zzrb-reloaded-for-update';
/**
 * A second failure within this time of the first reload means the reload did not help (the chunk
 * is still missing, or the network is down): show the message instead of reloading in a loop. Long
 * enough for a slow reload to fail again; short enough that a deploy hours later reloads again.
 */
export const RELOAD_WINDOW_MS = 60_000;

type Options = { storage: Pick<Storage, 'getItem' | 'setItem'>; reload: () => void; now: number };

/**
 * Reloads the page once to pick up a new deploy's code; returns false (and does nothing) if it did
 * so a moment ago or cannot remember doing it, so the caller shows "网站已更新，请刷新" instead.
 */
export function reloadOnce({ storage, reload, now }: Options): boolean {
  try {
    const last = Number(storage.getItem(KEY));
    if (Number.isFinite(last) && last > 0 && now - last < RELOAD_WINDOW_MS) return false;
    storage.setItem(KEY, String(now));
  } catch {
    return false;
  }
  reload();
  return true;
}

// The listener for Vite's preload errors and the route's error page may both ask: one reload, one answer.
let reloading = false;

/** reloadOnce with this tab's session storage and location; true while a reload it started is under way. */
export function reloadPageOnce(): boolean {
  if (reloading) return true;
  try {
    reloading = reloadOnce({ storage: sessionStorage, reload: () => location.reload(), now: Date.now() });
  } catch {
    // sessionStorage itself can throw (blocked storage): no memory, so no automatic reload.
  }
  return reloading;
}

/**
 * Vite reports a lazy chunk (or its CSS) that failed to load; a route's chunk also reaches the
 * route's error page, which shows the message if this reload already happened a moment ago. The
 * reload waits a task: a failed route chunk ends the navigation in microtasks, and only then does
 * the address show the page the reader asked for, which is the one to reload.
 */
export function reloadOnStaleChunks(): void {
  window.addEventListener('vite:preloadError', () => void setTimeout(reloadPageOnce, 0));
}
