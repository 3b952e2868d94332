import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** The failure states: data that could not be loaded, a new deploy, and the app's last-resort page. */
export class ErrorPage extends BasePage {
  /** The 404 page's heading: only for addresses that name nothing in data that loaded fine. */
  get notFoundHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: '页面不存在' });
  }

  /** The way on after a new deploy of the code (网站已更新) or a fault of the app: 刷新页面. */
  get refreshButton(): Locator {
    return this.alert.getByRole('button', { name: '刷新页面' });
  }

  get homeLink(): Locator {
    return this.alert.getByRole('link', { name: '返回首页' });
  }

  heading(name: string | RegExp): Locator {
    return this.alert.getByRole('heading', { level: 1, name });
  }

  /** Full-page screenshots at a desktop and a phone width, for looking at the state by eye. */
  async screenshotBoth(name: string): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 800 });
    await this.page.screenshot({ path: `screenshots/${name}-1280.png`, fullPage: true });
    await this.page.setViewportSize({ width: 390, height: 844 });
    await this.page.screenshot({ path: `screenshots/${name}-390.png`, fullPage: true });
  }
}
