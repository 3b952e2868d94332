import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** `/` and `/issues/:issueId`: masthead plus the issue's table of contents. */
export class IssuePage extends BasePage {
  get masthead(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  get articles(): Locator {
    return this.main.getByRole('article');
  }

  get articleTitles(): Locator {
    return this.articles.getByRole('heading', { level: 2 });
  }

  text(text: string): Locator {
    return this.main.getByText(text);
  }

  articleLink(title: string): Locator {
    return this.articles.getByRole('link', { name: title, exact: true });
  }

  async gotoHome(): Promise<void> {
    await this.page.goto('/');
  }

  async goto(issueId: string): Promise<void> {
    await this.page.goto(`/issues/${issueId}`);
  }

  async openArticle(title: string): Promise<void> {
    await this.articleLink(title).first().click();
  }
}
