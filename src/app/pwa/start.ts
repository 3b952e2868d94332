import { cjkFontsSettled } from '../fonts';

/**
 * Registers the service worker once the first page is complete: loaded, its CJK font slices in
 * (the worker's install downloads the app shell and every font slice, which must not compete with
 * the ones the page is waiting for on a slow line), and the browser idle. The registration code
 * itself is a separate chunk loaded then.
 */
export function startOffline(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const base = import.meta.env.BASE_URL;
  const go = () =>
    // What the first page read is kept once the worker controls it (keep-read.ts): loaded with the registration.
    void Promise.all([import('./register'), import('./keep-read')])
      .then(([{ register }, { keepWhatWasRead }]) => register(base, keepWhatWasRead))
      .catch(() => undefined);
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 10_000 }) : setTimeout(go, 2000));
  const loaded = new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true })));
  // A page that never asks for the fonts (an error in the frame) still gets its worker, later.
  const fonts = Promise.race([cjkFontsSettled, new Promise<void>((resolve) => setTimeout(resolve, 30_000))]);
  void Promise.all([loaded, fonts]).then(idle);
}
