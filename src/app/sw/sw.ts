// The service worker: the app shell and fonts precached at install (Workbox, the list injected by
// vite-plugin-pwa), every other page address answered with the app, and data files cached as they
// are read. Built by vite-plugin-pwa (injectManifest) into dist/sw.js; registered by app/pwa/register.ts.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CACHE_PREFIX, currentCaches, pagesCache } from '../../lib/offline-caches';
import { handleData, isDataUrl } from './data-route';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

const base = new URL(self.registration.scope).pathname;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Pages are prerendered HTML (scripts/prerender/): from the network while there is one (a new deploy's
// page at once), kept as they are visited; offline, the kept page, else the app shell (200.html,
// precached), which renders any address from the data kept on this device.
const pages = new NetworkFirst({
  cacheName: pagesCache,
  // A slow line gets the kept page rather than a blank tab; the next visit refreshes it.
  networkTimeoutSeconds: 4,
  plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })],
});
const shell = createHandlerBoundToURL(`${base}200.html`);
registerRoute(
  new NavigationRoute(
    async (options) => {
      try {
        const response = await pages.handle(options);
        // The host's 404 page (an address with no page) is not kept: the shell answers it offline.
        if (response.ok) return response;
      } catch {
        // Offline with no kept copy.
      }
      return shell(options);
    },
    { denylist: [/\/data\//] },
  ),
);
registerRoute(({ url, request }) => request.method === 'GET' && isDataUrl(url, base, self.location.origin), ({ request, event }) =>
  handleData(request, base, self.registration, (work) => (event as ExtendableEvent).waitUntil(work.catch(() => undefined))),
);

// A new version waits until the reader agrees (the page's "有新版本，刷新"), so a page of the old app
// never runs beside the new worker's data rules; the page then reloads.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Taking over drops the data caches of other schema versions and the pages the old app kept: it is gone by then.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && !currentCaches.includes(name)).map((name) => caches.delete(name)));
      // Pages kept by the previous version name its scripts, which its precache took with it: they
      // are fetched afresh (and kept again) as they are visited.
      await caches.delete(pagesCache);
      await self.clients.claim();
    })(),
  );
});
