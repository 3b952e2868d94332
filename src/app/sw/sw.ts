// The service worker: the app shell and fonts precached at install (Workbox, the list injected by
// vite-plugin-pwa), every other page address answered with the app, and data files cached as they
// are read. Built by vite-plugin-pwa (injectManifest) into dist/sw.js; registered by app/pwa/register.ts.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CACHE_PREFIX, currentCaches } from '../../lib/offline-caches';
import { handleData, isDataUrl } from './data-route';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

const base = new URL(self.registration.scope).pathname;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page of the SPA is index.html (as the host's rewrite does), so a reload offline opens the app.
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${base}index.html`), { denylist: [/\/data\//] }));
registerRoute(({ url, request }) => request.method === 'GET' && isDataUrl(url, base, self.location.origin), ({ request }) => handleData(request, base, self.registration));

// A new version waits until the reader agrees (the page's "有新版本，刷新"), so a page of the old app
// never runs beside the new worker's data rules; the page then reloads.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Taking over drops the data caches of other schema versions: the old app is gone by then.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && !currentCaches.includes(name)).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});
