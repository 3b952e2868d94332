import { useSyncExternalStore } from 'react';

/**
 * One value outside React that components follow (useSyncExternalStore): set by plain code (a
 * worker's answer, a service worker's registration), read by the components drawn with it.
 */
export function valueStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T): void {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The store's value; `serverValue` while the page is rendered on the server or hydrated. */
export const useValueStore = <T,>(store: ReturnType<typeof valueStore<T>>, serverValue: T): T => useSyncExternalStore(store.subscribe, store.get, () => serverValue);
