import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** The 404 page shown for unknown routes, issues and articles. */
export class NotFoundPage extends BasePage {
  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: '页面不存在' });
  }

  get homeLink(): Locator {
    return this.main.getByRole('link', { name: '返回首页' });
  }

  async goto(path: string): Promise<void> {
    await this.open(path);
  }
}
