/**
 * The CJK slices of Noto Serif SC, both weights (see fonts.ts for when they load). Declared as plain
 * CSS, each slice restyles and re-lays out the whole page as it arrives, ~40 times on a front page.
 * Here the slices the page's text needs are fetched first, a few at a time, and put in by batches
 * (below), so the page changes a few times at most; the other slices go in as CSS at the end, for
 * the browser to fetch when later text needs them.
 */
import regularCss from '@fontsource/noto-serif-sc/400.css?inline';
import boldCss from '@fontsource/noto-serif-sc/700.css?inline';
import { coverage, covers, rulesOf, type Rule } from './font-rules';

/** The distinct code points of the text under `root`, sorted, split by regular and bold type. */
function pageText(root: Element): { regular: Int32Array; bold: Int32Array } {
  const regular = new Set<number>();
  const bold = new Set<number>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    const chars = Number(getComputedStyle(parent).fontWeight) >= 600 ? bold : regular;
    for (const char of node.nodeValue ?? '') chars.add(char.codePointAt(0)!);
  }
  const sorted = (set: Set<number>) => Int32Array.from(set).sort();
  return { regular: sorted(regular), bold: sorted(bold) };
}

// Between the steps below (each a few ms on a fast machine, four times that on a slow phone), so a
// tap or a scroll never waits for all of them at once.
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve));

// On a slow line (400 kbps) the slices a page needs take ~35 s all together; fetched all at once they
// share the line and all arrive at the end, so a machine without a Chinese font shows boxes until
// then. Fetched a few at a time, those drawing most of the page first (headlines are bold: bold
// first), and put in by batches, the page fills in from the top within seconds while it still
// changes at most once per BATCH_MS (once in all on a fast line).
const AT_ONCE = 3;
const LATIN_SLICE = /noto-serif-sc-latin-\d+-normal/;
const BATCH_MS = 1500;

/** Fetches the slices `root`'s text needs, then puts them and every other slice in. */
export async function addCjkFonts(root: Element): Promise<void> {
  const text = pageText(root);
  const now: { rule: Rule; weight: number }[] = [];
  const later: Rule[] = [];
  for (const [css, chars, bold] of [[regularCss, text.regular, 0], [boldCss, text.bold, 1]] as const) {
    await yieldToPage();
    for (const rule of rulesOf(css)) {
      // The Latin slice is fonts.ts's own (same file, display optional): declared again here with
      // swap, it would redraw the page's Latin text in it when it came, moving every line.
      if (LATIN_SLICE.test(rule.src)) continue;
      if (covers(rule.unicodeRange, chars)) now.push({ rule, weight: coverage(rule.unicodeRange, chars) * (bold ? 4 : 1) });
      else later.push(rule);
    }
  }
  await yieldToPage();
  now.sort((a, b) => b.weight - a.weight);
  let ready: FontFace[] = [];
  let flushAt = performance.now() + BATCH_MS;
  const flush = () => {
    ready.forEach((face) => document.fonts.add(face));
    ready = [];
    flushAt = performance.now() + BATCH_MS;
  };
  let next = 0;
  const worker = async () => {
    while (next < now.length) {
      const { rule } = now[next++]!;
      const face = new FontFace('Noto Serif SC', rule.src, { weight: rule.weight, unicodeRange: rule.unicodeRange, display: 'swap' });
      try {
        await face.load();
        ready.push(face);
        if (performance.now() >= flushAt) flush();
      } catch {
        // A slice that failed goes in as CSS, so the browser tries it again for the text that needs it.
        later.push(rule);
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  flush();
  // A constructed sheet, not a <style> element: the Content-Security-Policy allows no inline styles.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(later.map((rule) => rule.css).join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
