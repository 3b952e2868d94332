import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** `/issues/:issueId/articles/:articleId`: one article in full, with its people and places. */
export class ArticlePage extends BasePage {
  get title(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** The link above the article to its issue (not the pager's ← 上一篇 / ← 上一期 below it). */
  get backToIssue(): Locator {
    return this.main.getByRole('link', { name: /^← (?!上一)/ });
  }

  get entityLinks(): Locator {
    return this.main.getByTestId('entity-link');
  }

  /** The hover card of a person or place. */
  get card(): Locator {
    return this.page.getByTestId('entity-card');
  }

  get panel(): Locator {
    return this.main.getByRole('region', { name: '本文人物与地点' });
  }

  text(text: string): Locator {
    return this.main.getByText(text);
  }

  async goto(issueId: string, articleId: string): Promise<void> {
    await this.open(`/issues/${issueId}/articles/${articleId}`);
  }
}
