import type { Locator, Page } from '@playwright/test';

/** What every page of the app shares: the landmark, the skip link, and screenshots. */
export class BasePage {
  readonly main: Locator;
  readonly skipLink: Locator;
  readonly alert: Locator;
  /** The way out of an error message: try again, or reload when the site was redeployed. */
  readonly retryButton: Locator;
  readonly reloadButton: Locator;
  /** The page's <meta name="description"> (what a link preview shows). */
  readonly description: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.skipLink = page.getByRole('link', { name: '跳到正文' });
    this.alert = page.getByRole('alert');
    this.retryButton = this.alert.getByRole('button', { name: '重试' });
    this.reloadButton = this.alert.getByRole('button', { name: '重新载入' });
    this.description = page.locator('head meta[name="description"]');
  }

  /**
   * Waits until the app has taken the page over (`<html data-app>`: hydrated or rendered). Before
   * that a prerendered page is plain HTML: its links load whole pages and its buttons and keys do
   * nothing yet, so a test that clicks or types waits for this first.
   */
  async appReady(): Promise<void> {
    await this.page.locator('html[data-app]').waitFor({ state: 'attached' });
  }

  /** Opens `path` and waits for the app to take it over. */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.appReady();
  }

  /** Families of the loaded web font slices that draw `text` (for the "no tofu" check): empty while
   * only a fallback would, e.g. before the app declares its CJK slices. The Latin file claims every
   * character (it has no unicode-range) without having CJK glyphs, so it does not count. */
  async fontFamiliesFor(text: string, weight = 400): Promise<string[]> {
    return this.page.evaluate(
      async ([t, w]) =>
        (await document.fonts.load(`${w} 16px "Noto Serif SC"`, t))
          .filter((f) => f.status === 'loaded' && f.unicodeRange !== 'U+0-10FFFF')
          // Faces made in script report their family quoted ("Noto Serif SC"), CSS ones bare.
          .map((f) => f.family.replace(/^"(.*)"$/, '$1')),
      [text, weight] as const,
    );
  }

  /** Waits until the CJK slices are declared and every font the page uses is in. */
  async webFontsReady(): Promise<void> {
    await this.page.waitForFunction(async () =>
      (await document.fonts.load('16px "Noto Serif SC"', '中')).some((f) => f.unicodeRange !== 'U+0-10FFFF'),
    );
    await this.page.evaluate(() => document.fonts.ready);
  }

  /** How wide the document is, to catch horizontal scrolling on small screens. */
  async scrollWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  /** A full-page screenshot in screenshots/ (gitignored), taken once the web fonts are in. */
  async screenshot(name: string): Promise<void> {
    await this.webFontsReady();
    await this.page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
  }
}
