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
