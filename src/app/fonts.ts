/**
 * Noto Serif SC, self-hosted (many readers' devices have no CJK font; nothing may come from a CDN),
 * in two parts. The Latin slices come with the page (and are preloaded): they make Noto Serif SC the
 * primary font, so a character whose CJK slice has not arrived yet already takes a full-width box
 * and nothing reflows when the glyph comes. The ~100 CJK slices per weight (a page needs ~1 MB of
 * them) load only once the first page is on screen, so on a slow line they never hold up the news
 * itself, and go in together (cjk-fonts.ts); until then text shows in the system's CJK font, where
 * there is one, or as full-width boxes where there is none.
 */
// The Latin slices' @font-face rules are part of the page's stylesheet: imported by src/boot.ts.

let requested = false;
let hold: Promise<unknown> = Promise.resolve();

/** The longest a page may keep the fonts waiting (holdCjkFonts). */
const HOLD_MAX_MS = 20_000;

/**
 * Lets a page whose own downloads matter more than the web font keep the CJK slices (~1 MB) from
 * starting until `until` settles (at most HOLD_MAX_MS): on a slow line they shared it with the search
 * index, and "正在载入检索索引…" lasted 19 s at 400 kbps instead of 7. Too late once they started.
 */
export function holdCjkFonts(until: Promise<unknown>): void {
  if (requested) return;
  const cap = new Promise((resolve) => setTimeout(resolve, HOLD_MAX_MS));
  hold = Promise.all([hold, Promise.race([until, cap])]);
}

let settle: () => void = () => {};

/** Resolves once the CJK slices the first page needs are in (or failed): what may wait for them does. */
export const cjkFontsSettled = new Promise<void>((resolve) => (settle = resolve));

/** Loads the CJK slices the page's text needs and declares the rest; once. */
export function loadCjkFonts(): void {
  if (requested) return;
  requested = true;
  hold
    .then(() => import('./cjk-fonts'))
    .then(({ addCjkFonts }) => addCjkFonts(document.body))
    .catch((error: unknown) => {
      // Logged, not shown: the page still works in the fallback font, and a reload tries again.
      console.warn('Noto Serif SC could not be loaded; the fallback font stays.', error);
    })
    .finally(settle);
}
