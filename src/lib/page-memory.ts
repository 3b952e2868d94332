/**
 * What Back must give back on a list page: how far the reader had scrolled and how much of the list
 * they had opened with 显示更多. Kept per history entry (the router's location key, which the browser
 * keeps in history.state), in sessionStorage, so Back, Forward and a reload of that entry find it.
 *
 * The router's <ScrollRestoration> restores the position as the page first renders; a page whose
 * content arrives later (search results from the worker) or renders shorter than it was (a list
 * expanded with 显示更多) is too short then, and the browser clamps the scroll to its top.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useIsHydrating } from './hydration';

const PREFIX = 'zhuzhou-daily.page:';

function read(key: string): number | undefined {
  try {
    const value = Number(sessionStorage.getItem(PREFIX + key));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  } catch {
    return undefined; // storage blocked: Back behaves as before, nothing else fails
  }
}

function write(key: string, value: number): void {
  try {
    sessionStorage.setItem(PREFIX + key, String(Math.round(value)));
  } catch {
    // Full or blocked storage only costs the restored position.
  }
}

/** The history entry shown now: react-router keeps its location key in history.state, except for
 * the entry the app was opened on, whose key is 'default'. */
const currentEntry = (): unknown => (window.history.state as { key?: unknown } | null)?.key ?? 'default';

/**
 * A count (rows shown) that the page's history entry remembers: back on this entry, the list is as
 * long as the reader left it. `initial` when the entry is new.
 */
export function useRememberedCount(name: string, initial: number): [number, (next: number | ((n: number) => number)) => void] {
  const { key } = useLocation();
  const storageKey = `${key}:${name}`;
  // Hydrating, the list is as long as the build wrote it; what this entry remembers follows at once.
  const hydrating = useIsHydrating();
  const [count, setCount] = useState(() => (hydrating ? initial : (read(storageKey) ?? initial)));
  const fromBuild = useRef(hydrating);
  useEffect(() => {
    if (!fromBuild.current) return;
    fromBuild.current = false;
    const remembered = read(storageKey);
    if (remembered !== undefined) setCount(remembered);
  }, [storageKey]);
  const set = useCallback(
    (next: number | ((n: number) => number)) =>
      setCount((n) => {
        const value = typeof next === 'function' ? next(n) : next;
        write(storageKey, value);
        return value;
      }),
    [storageKey],
  );
  return [count, set];
}

/**
 * Records the scroll position of this history entry and, when the reader comes back to it (Back,
 * Forward, reload), scrolls there once `ready`: once the content that makes the page that tall is
 * on screen.
 */
export function useScrollRestoredWhen(ready: boolean): void {
  const { key } = useLocation();
  const navigation = useNavigationType();
  // The entry whose position is settled: a page that stays on screen from entry to entry (the
  // search page from one query to the next) restores each one it comes back to.
  const settled = useRef<string>(undefined);
  const storageKey = `${key}:scroll`;

  useLayoutEffect(() => {
    if (settled.current === storageKey || !ready) return;
    settled.current = storageKey;
    const y = navigation === 'POP' ? read(storageKey) : undefined;
    if (y !== undefined) window.scrollTo(0, y);
  }, [ready, navigation, storageKey]);

  useEffect(() => {
    let frame = 0;
    const save = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Not before the position is restored (the clamped scroll would overwrite it), and not once
        // the address has moved on (the next page's scroll to its top would).
        if (settled.current === storageKey && currentEntry() === key) write(storageKey, window.scrollY);
      });
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => {
      window.removeEventListener('scroll', save);
      cancelAnimationFrame(frame);
    };
  }, [key, storageKey]);
}
