/** Whether this browser can keep files (the Cache API: secure pages only). */
export const canKeep = (): boolean => typeof caches !== 'undefined';
