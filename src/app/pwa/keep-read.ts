import { dataCache } from '../../lib/offline-caches';

/**
 * What this page read before its service worker was in control (the first visit: the manifest,
 * the issue on screen) goes into the data cache too, so a reload offline right after the first
 * visit still has it. The browser's HTTP cache answers these at once.
 */
export function keepWhatWasRead(): void {
  const dataPrefix = new URL(`${import.meta.env.BASE_URL}data/`, location.origin).href;
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(dataPrefix));
  void caches.open(dataCache).then(async (cache) => {
    for (const url of new Set(urls)) {
      if (await cache.match(url)) continue;
      const response = await fetch(url, { headers: { Accept: 'application/json' } }).catch(() => undefined);
      if (response?.ok && !response.headers.get('content-type')?.includes('text/html')) await cache.put(url, response);
    }
  });
}
