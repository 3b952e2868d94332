import { keepWhatWasRead } from './keep-read';

/**
 * Registers the service worker once the page has loaded and the browser is idle, so it never slows
 * the first visit; the registration code itself is a separate chunk loaded then.
 */
export function startOffline(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const base = import.meta.env.BASE_URL;
  const go = () =>
    void import('./register').then(({ register }) => register(base, keepWhatWasRead)).catch(() => undefined);
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 10_000 }) : setTimeout(go, 2000));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
