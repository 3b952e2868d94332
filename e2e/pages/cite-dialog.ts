import type { Download, Locator, Page } from '@playwright/test';

/** The 引用 button of an article and the dialog it opens. */
export class CiteDialog {
  readonly button: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('cite-button');
    this.dialog = page.getByTestId('cite-dialog');
  }

  async open(): Promise<void> {
    await this.button.click();
  }

  /** The reference text in a style: 'gbt7714', 'apa' or 'chicago'. */
  text(style: 'gbt7714' | 'apa' | 'chicago'): Locator {
    return this.dialog.getByTestId(`citation-${style}`).getByTestId('citation-text');
  }

  copyButton(style: 'gbt7714' | 'apa' | 'chicago'): Locator {
    return this.dialog.getByTestId(`citation-${style}`).getByRole('button', { name: '复制' });
  }

  /** Clicks a download button (RIS, BibTeX, CSL-JSON) in `scope` and returns the download. */
  async download(label: 'RIS' | 'BibTeX' | 'CSL-JSON', scope: Locator = this.dialog): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), scope.getByRole('button', { name: label, exact: true }).click()]);
    return download;
  }
}

/** The value(s) of `<meta name=…>` in the page's head. */
export function metaContents(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...document.head.querySelectorAll<HTMLMetaElement>(`meta[name="${n}"]`)].map((m) => m.content), name);
}
