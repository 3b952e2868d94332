import type { Locator, Page } from '@playwright/test';

/** What every page of the app shares: the landmark, the skip link, and screenshots. */
export class BasePage {
  readonly main: Locator;
  readonly skipLink: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.skipLink = page.getByRole('link', { name: '跳到正文' });
    this.alert = page.getByRole('alert');
  }

  /** Names of the web fonts that finished loading (for the "no tofu" check). */
  async loadedFontFamilies(): Promise<string[]> {
    return this.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family);
    });
  }

  /** How wide the document is, to catch horizontal scrolling on small screens. */
  async scrollWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  /** A full-page screenshot in screenshots/ (gitignored), taken once the web fonts are in. */
  async screenshot(name: string): Promise<void> {
    await this.page.evaluate(() => document.fonts.ready);
    await this.page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
  }
}
