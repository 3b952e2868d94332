import type { Locator, Page } from '@playwright/test';

/** An article's paragraphs by their anchors (#p3), their ¶ link controls and the selection toolbar. */
export class Paragraphs {
  readonly quoteToolbar: Locator;

  constructor(readonly page: Page) {
    this.quoteToolbar = page.getByTestId('quote-toolbar');
  }

  /** The paragraph #p`n` (1-based). */
  paragraph(n: number): Locator {
    return this.page.locator(`[data-article-text] #p${n}`);
  }

  get marked(): Locator {
    return this.page.locator('[data-article-text] [data-marked]');
  }

  linkControl(n: number): Locator {
    return this.page.getByRole('button', { name: `复制第${n}段的链接` });
  }

  /** Selects `length` characters of paragraph n's text, starting `from` characters in. */
  async select(n: number, from: number, length: number): Promise<void> {
    await this.paragraph(n).evaluate(
      (element, [start, count]) => {
        const walker = document.createTreeWalker(element.querySelector('p, li') ?? element, NodeFilter.SHOW_TEXT);
        const node = walker.nextNode();
        if (!node) throw new Error('paragraph without text');
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, Math.min(start + count, node.textContent!.length));
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      [from, length] as const,
    );
  }
}
