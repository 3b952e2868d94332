import type { Browser, Page } from '@playwright/test';

/** What hydrating changed: layout shifts until the app said it is alive, and how it came alive. */
export interface Takeover {
  /** <html data-app>: `hydrated` when React took over the HTML as it was. */
  how: string | undefined;
  /** Sum of layout-shift values from navigation until then (and a moment after). */
  shift: number;
  /** Nodes removed from #root's top level (a hydration that failed and re-rendered removes them). */
  removed: number;
  /** Console errors and warnings, page errors. */
  problems: string[];
}

// The CJK font slices arrive after the page is on screen, by design (app/fonts.ts), and may reflow
// text: held back here, so what is measured is the hydration alone.
const CJK_SLICES = /noto-serif-sc-(?:chinese|\d)/;

/** Prerendered pages, read with scripts off (as a crawler or a reader with JS blocked) and taken over. */
export class PrerenderedPages {
  constructor(private readonly browser: Browser) {}

  /** A page in a browser that runs no script: only the HTML the build wrote. */
  async withoutScript(path: string): Promise<Page> {
    const context = await this.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await context.route(CJK_SLICES, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }

  /** Opens `path` with scripts on and reports what happened until the app took the page over. */
  async takeover(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; takeover: Takeover }> {
    const context = await this.browser.newContext({ viewport });
    await context.route(CJK_SLICES, (route) => route.abort());
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number; __removed: number };
      w.__shift = 0;
      w.__removed = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
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
      const w = window as unknown as { __shift: number; __removed: number };
      return { how: document.documentElement.dataset.app, shift: w.__shift, removed: w.__removed };
    });
    return { page, takeover: { ...measured, problems } };
  }
}
