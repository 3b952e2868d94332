import { whenReaderQuiet } from '../page-settled';

/**
 * Registers the service worker once the first page is complete (loaded, its CJK font slices in: the
 * worker's install downloads the app shell and every font slice, which must not compete with the
 * ones the page is waiting for on a slow line; the browser idle) and the reader has then left it
 * alone for a few seconds: a search typed meanwhile does not share the machine with the install.
 * The registration code itself is a separate chunk loaded then.
 */
export function startOffline(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const base = import.meta.env.BASE_URL;
  const go = () =>
    // What the first page read is kept once the worker controls it (keep-read.ts): loaded with the registration.
    void Promise.all([import('./register'), import('./keep-read')])
      .then(([{ register }, { keepWhatWasRead }]) => register(base, keepWhatWasRead))
      .catch(() => undefined);
  whenReaderQuiet(go);
}
