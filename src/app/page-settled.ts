import { cjkFontsSettled } from './fonts';

/**
 * Runs `task` once the first page is complete: loaded, its CJK font slices in (what `task`
 * downloads must not compete with the ones the page is waiting for on a slow line), and the
 * browser idle. A page that never asks for the fonts (an error in the frame) runs it too, later.
 */
export function whenPageSettled(task: () => void, idleTimeoutMs = 10_000): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: idleTimeoutMs }) : setTimeout(task, 2000));
  const loaded = new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true })));
  const fonts = Promise.race([cjkFontsSettled, new Promise<void>((resolve) => setTimeout(resolve, 30_000))]);
  void Promise.all([loaded, fonts]).then(idle);
}

/** False when the reader asked the browser to save data or the line is a slow one: nothing is fetched ahead then. */
export function roomToPreload(): boolean {
  const connection = (navigator as { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  return !connection?.saveData && !/2g/.test(connection?.effectiveType ?? '');
}

/** What a reader does that a background download must not compete with: typing, a search, a click. */
const ACTIVE_EVENTS = ['keydown', 'input', 'compositionend', 'pointerdown'] as const;

/**
 * Runs `task` once the page is settled (whenPageSettled) and the reader has then left it alone for
 * `quietMs` (no key, input or click: reading and scrolling do not count), or `atMostMs` after it
 * settled. For background work that would compete with what the reader asked for: the service
 * worker's install (the app's scripts and 6.6 MB of font slices) made a first search started
 * during it ~35 ms slower on average, ~70 ms at the 95th percentile (docs/search.md).
 */
export function whenReaderQuiet(task: () => void, quietMs = 3000, atMostMs = 30_000): void {
  whenPageSettled(() => afterQuiet(window, task, quietMs, atMostMs));
}

/** Runs `task` once `target` has seen none of the reader's events for `quietMs`, or after `atMostMs`. */
export function afterQuiet(target: EventTarget, task: () => void, quietMs: number, atMostMs: number): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    clearTimeout(cap);
    for (const type of ACTIVE_EVENTS) target.removeEventListener(type, wait, true);
    task();
  };
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(run, quietMs);
  };
  const cap = setTimeout(run, atMostMs);
  for (const type of ACTIVE_EVENTS) target.addEventListener(type, wait, { capture: true, passive: true });
  wait();
}
