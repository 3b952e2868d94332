import { useValueStore, valueStore } from '../../lib/value-store';

// Whether a new version of the app is installed and waiting, and how to switch to it: set by the
// lazily loaded registration (register.ts), read by the banner, which is in the first bundle.

const apply = valueStore<(() => void) | undefined>(undefined);

/** Called by the registration when a new service worker waits; `activate` switches and reloads. */
export function announceUpdate(activate: () => void): void {
  apply.set(activate);
}

/** The waiting version's switch, or undefined while there is none. */
export const useWaitingUpdate = () => useValueStore(apply, undefined);
