import { useClientValue } from '../../lib/hydration';

/** Whether this browser can keep files (the Cache API: secure pages only). */
export const canKeep = (): boolean => typeof caches !== 'undefined';

/**
 * canKeep for rendering: the HTML written at build time shows the button (most readers' browsers
 * can keep files), so hydrating never adds it and moves its neighbours; where the browser cannot, it
 * goes right after.
 */
export const useCanKeep = (): boolean => useClientValue(canKeep(), true);
