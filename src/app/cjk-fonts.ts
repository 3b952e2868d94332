/**
 * The CJK slices of Noto Serif SC, both weights (see fonts.ts for when they load). Declared as plain
 * CSS, each slice restyles and re-lays out the whole page as it arrives, ~40 times on a front page.
 * Here the slices the page's text needs are fetched first and put in together, so the page changes
 * once; the other slices go in as CSS at the same moment, for the browser to fetch when later text
 * needs them.
 */
import regularCss from '@fontsource/noto-serif-sc/400.css?inline';
import boldCss from '@fontsource/noto-serif-sc/700.css?inline';
import { covers, rulesOf, type Rule } from './font-rules';

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

/** Fetches the slices `root`'s text needs, then puts them and every other slice in at once. */
export async function addCjkFonts(root: Element): Promise<void> {
  const text = pageText(root);
  const now: Rule[] = [];
  const later: Rule[] = [];
  for (const [css, chars] of [[regularCss, text.regular], [boldCss, text.bold]] as const) {
    await yieldToPage();
    for (const rule of rulesOf(css)) (covers(rule.unicodeRange, chars) ? now : later).push(rule);
  }
  await yieldToPage();
  const faces = now.map((r) => new FontFace('Noto Serif SC', r.src, { weight: r.weight, unicodeRange: r.unicodeRange, display: 'swap' }));
  await Promise.allSettled(faces.map((face) => face.load()));
  faces.forEach((face, i) => {
    if (face.status === 'loaded') document.fonts.add(face);
    // A slice that failed goes in as CSS, so the browser tries it again for the text that needs it.
    else later.push(now[i]!);
  });
  // A constructed sheet, not a <style> element: the Content-Security-Policy allows no inline styles.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(later.map((rule) => rule.css).join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
