/**
 * npx tsx scripts/make-icons.ts: the app's icons (public/icons/), drawn here from the masthead: the
 * paper's name in its own red and its own typeface (Noto Serif SC, bold, from @fontsource), set as
 * a square seal, 株洲 over 日报. Chromium renders them; nothing is taken from elsewhere. The PNGs are
 * committed; rerun after changing the design.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'public/icons');
const fontCss = pathToFileURL(join(root, 'node_modules/@fontsource/noto-serif-sc/700.css')).href;

// The masthead's red (Tailwind's red-800, as src/features/reader/components/masthead.tsx sets it) and the page's paper.
const RED = '#9f0712';
const PAPER = '#fafaf9';

/** `inset`: the part of the square left around the seal (maskable icons keep to the middle 80%). */
function html(size: number, inset: number, rounded: boolean): string {
  const seal = size * (1 - 2 * inset);
  const glyph = seal * 0.4;
  return `<!doctype html><html><head><link rel="stylesheet" href="${fontCss}"><style>
    html, body { margin: 0; width: ${size}px; height: ${size}px; background: ${rounded ? 'transparent' : RED}; }
    .square { width: ${size}px; height: ${size}px; display: grid; place-items: center; background: ${RED}; border-radius: ${rounded ? size * 0.18 : 0}px; }
    .seal { width: ${seal}px; height: ${seal}px; box-sizing: border-box; border: ${seal * 0.045}px solid ${PAPER}; border-radius: ${seal * 0.06}px;
      display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr; place-items: center;
      font: 700 ${glyph}px/1 'Noto Serif SC'; color: ${PAPER}; }
  </style></head><body><div class="square"><div class="seal">
    <!-- Read right to left, top to bottom, as a seal is: 株洲 in the right column, 日报 in the left. -->
    <span>日</span><span>株</span><span>报</span><span>洲</span>
  </div></div></body></html>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0.1, rounded: true },
  { file: 'icon-512.png', size: 512, inset: 0.1, rounded: true },
  { file: 'maskable-512.png', size: 512, inset: 0.18, rounded: false },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.1, rounded: false },
  { file: 'favicon-32.png', size: 32, inset: 0.04, rounded: true },
];

mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'icons-'));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--allow-file-access-from-files'] });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    // A file page, so the font's file: URLs load (about:blank may not read local files).
    const file = join(work, `${icon.file}.html`);
    writeFileSync(file, html(icon.size, icon.inset, icon.rounded));
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(async () => {
      await document.fonts.load("700 40px 'Noto Serif SC'", '株洲日报');
      await document.fonts.ready;
      if (!document.fonts.check("700 40px 'Noto Serif SC'", '株洲日报')) throw new Error('the masthead font did not load');
    });
    await page.screenshot({ path: join(out, icon.file), omitBackground: icon.rounded });
    await page.close();
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
