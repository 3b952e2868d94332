import { useSyncExternalStore } from 'react';

// React renders a component with useSyncExternalStore's server snapshot while it hydrates that
// component (whenever that is: a Suspense boundary hydrates after the frame around it) and at build
// time, then at once again with the browser's. A flag set around hydrateRoot could not tell.
const noSubscription = () => () => {};
const inBrowser = () => false;
const asBuilt = () => true;

/** True while this component renders as the build did (prerendering, or hydrating that HTML). */
export const useIsHydrating = (): boolean => useSyncExternalStore(noSubscription, inBrowser, asBuilt);

/**
 * `value` as the page renders it in this browser, except while hydrating, when it is `built` (what
 * the build rendered: it cannot see the address's #hash, storage or the screen), switching to
 * `value` right after. For what the reader's own address or browser decides, e.g. the paragraph #p7
 * marks: hydrated with a different attribute, React would keep the build's and never show it.
 */
export function useClientValue<T>(value: T, built: T): T {
  return useIsHydrating() ? built : value;
}
