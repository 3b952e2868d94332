import type { Browser, Page } from '@playwright/test';

/** What hydrating changed: layout shifts until the app said it is alive, and how it came alive. */
export interface Takeover {
  /** <html data-app>: `hydrated` when React took over the HTML as it was. */
  how: string | undefined;
  /** Sum of layout-shift values from navigation until then (and a moment after). */
  shift: number;
  /** What moved, for the failure message: element, text, before → after. */
  moved: string[];
  /** Nodes removed from #root's top level (a hydration that failed and re-rendered removes them). */
  removed: number;
  /** Console errors and warnings, page errors. */
  problems: string[];
}

// Web fonts are held back here, so what is measured is the hydration alone: the CJK slices arrive
// after the page is on screen by design (app/fonts.ts), and whether the Latin slices (display:
// optional) make it into the first paint is a race that two page loads may run differently.
const WEB_FONTS = /\.woff2$/;

/**
 * How many pixels differ between two screenshots (PNG), counted in a page's canvas. Anti-aliasing
 * at a box's rounded corner may differ by a few pixels between two renderings of the same markup.
 */
export async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = await Promise.all([pixels(first), pixels(second)]);
      if (x.length !== y.length) return Infinity;
      let differing = 0;
      for (let i = 0; i < x.length; i += 4) if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) differing++;
      return differing;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** Prerendered pages, read with scripts off (as a crawler or a reader with JS blocked) and taken over. */
export class PrerenderedPages {
  constructor(private readonly browser: Browser) {}

  /** A page in a browser that runs no script: only the HTML the build wrote. */
  async withoutScript(path: string): Promise<Page> {
    const context = await this.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await context.route(WEB_FONTS, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }

  /** Opens `path` with scripts on and reports what happened until the app took the page over. */
  async takeover(
    path: string,
    { viewport = { width: 1280, height: 900 }, colorScheme = 'light' as 'light' | 'dark' } = {},
  ): Promise<{ page: Page; takeover: Takeover }> {
    const context = await this.browser.newContext({ viewport, colorScheme });
    await context.route(WEB_FONTS, (route) => route.abort());
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // The fonts held back above fail to load, on purpose; the config blocks service workers.
      if (WEB_FONTS.test(message.location().url) || message.text().includes('Service Worker registration blocked by Playwright')) return;
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(() => {
      type Shift = PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
      const w = window as unknown as { __shift: number; __removed: number; __moved: string[] };
      w.__shift = 0;
      w.__removed = 0;
      w.__moved = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          w.__shift += entry.value;
          for (const source of entry.sources) {
            const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
            w.__moved.push(`${source.node?.nodeName} «${source.node?.textContent?.slice(0, 24)}» ${rect(source.previousRect)} → ${rect(source.currentRect)} at ${Math.round(entry.startTime)} ms`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
      // #root's children as the HTML parser made them: any removed later is a re-render, not a hydration.
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.getElementById('root');
        if (root) new MutationObserver((records) => records.forEach((r) => (w.__removed += r.removedNodes.length))).observe(root, { childList: true });
      });
    });
    await page.goto(path);
    await page.waitForFunction(() => document.documentElement.dataset.app !== undefined);
    // Effects after the first commit (stored bookmarks, theme) get their frame too.
    await page.waitForTimeout(300);
    const measured = await page.evaluate(() => {
      const w = window as unknown as { __shift: number; __removed: number; __moved: string[] };
      return { how: document.documentElement.dataset.app, shift: w.__shift, removed: w.__removed, moved: w.__moved };
    });
    return { page, takeover: { ...measured, problems } };
  }
}
