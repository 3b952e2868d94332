import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** `/` and `/issues/:issueId`, the front page as a newspaper: nameplate, lead story, the other stories. */
export class IssuePage extends BasePage {
  /** The nameplate (the paper's name). */
  get masthead(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** The first story on the page is the lead, set large. */
  get leadHeadline(): Locator {
    return this.articles.first().getByRole('heading', { level: 2 });
  }

  /** The neighbouring issues, in the nameplate's ears. */
  get neighbours(): Locator {
    return this.main.getByRole('navigation', { name: '相邻期次' });
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
    await this.open('/');
  }

  async goto(issueId: string): Promise<void> {
    await this.open(`/issues/${issueId}`);
  }

  async openArticle(title: string): Promise<void> {
    await this.articleLink(title).first().click();
  }
}
