import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** `/issues/:issueId/articles/:articleId`: one article in full. */
export class ArticlePage extends BasePage {
  get title(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  get backToIssue(): Locator {
    return this.main.getByRole('link', { name: /^← / });
  }

  text(text: string): Locator {
    return this.main.getByText(text);
  }

  async goto(issueId: string, articleId: string): Promise<void> {
    await this.page.goto(`/issues/${issueId}/articles/${articleId}`);
  }
}
