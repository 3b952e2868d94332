import { useSyncExternalStore } from 'react';

// Whether a new version of the app is installed and waiting, and how to switch to it: set by the
// lazily loaded registration (register.ts), read by the banner, which is in the first bundle.

let apply: (() => void) | undefined;
const listeners = new Set<() => void>();

/** Called by the registration when a new service worker waits; `activate` switches and reloads. */
export function announceUpdate(activate: () => void): void {
  apply = activate;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The waiting version's switch, or undefined while there is none. */
export const useWaitingUpdate = () =>
  useSyncExternalStore(
    subscribe,
    () => apply,
    () => undefined,
  );
