// Loaded after the page is idle (start.ts), so neither Workbox's window library nor the worker's
// install (which downloads the app shell and fonts) competes with the first page.
import { Workbox } from 'workbox-window';
import { announceUpdate } from './update-store';

/** Registers dist/sw.js and reports a waiting new version; checks for one when the reader returns. */
export function register(base: string, onControlled: () => void): void {
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  // Another tab switched to a new version: this tab's app is the old one, on data the new worker
  // serves, so it offers the reload too (the first install's takeover is not a new version).
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) announceUpdate(() => location.reload());
    controlled = true;
  });
  wb.addEventListener('waiting', () => {
    announceUpdate(() => {
      // Reload once the new worker controls the page: the new app then starts on its own data.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  // The first install takes control at once (clients.claim): from now on what is read is cached.
  wb.addEventListener('controlling', onControlled);
  wb.register().then(
    () => {
      if (navigator.serviceWorker.controller) onControlled();
    },
    // Refused (a policy, a private window, a browser setting): the app goes on, online only.
    (error: unknown) => console.info('Offline reading is not available in this browser:', error),
  );
  // Browsers look for a new worker on navigations; an SPA rarely navigates, so look when the
  // reader comes back to the tab or the network returns, and every hour.
  const check = () => void wb.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
  addEventListener('online', check);
  setInterval(check, 60 * 60 * 1000);
}
