/**
 * Noto Serif SC, self-hosted (many readers' devices have no CJK font; nothing may come from a CDN),
 * in two parts. The Latin slices come with the page (and are preloaded): they make Noto Serif SC the
 * primary font, so a character whose CJK slice has not arrived yet already takes a full-width box
 * and nothing reflows when the glyph comes. The ~100 CJK slices per weight (a page needs ~1 MB of
 * them) are declared only once the first page is on screen, so on a slow line they never hold up
 * the news itself; until then text shows in the system's CJK font, where there is one.
 */
import '@fontsource/noto-serif-sc/latin-400.css';
import '@fontsource/noto-serif-sc/latin-700.css';

let requested = false;

/** Declares the CJK slices (the browser then fetches only those the page's text needs); once. */
export function loadCjkFonts(): void {
  if (requested) return;
  requested = true;
  import('./cjk-fonts').catch((error: unknown) => {
    // Not worth an error on the page: the text stays readable in the fallback font.
    console.warn('Noto Serif SC could not be loaded; the system font is used.', error);
    requested = false;
  });
}
