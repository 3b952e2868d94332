import type { Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';
import { keptCaches } from '../../src/lib/offline-caches';

/** `/offline`, the front page's "save for offline" control, and the service worker's state. */
export class OfflinePage extends BasePage {
  readonly keptIssues: Locator;
  readonly saveButton: Locator;
  readonly updateBanner: Locator;
  /** The notice of a page that is not on this device while offline. */
  readonly needsNetwork: Locator;

  constructor(page: Page) {
    super(page);
    this.keptIssues = page.getByTestId('kept-issue');
    this.saveButton = page.getByTestId('save-offline');
    this.updateBanner = page.getByRole('status').filter({ hasText: '有新版本' });
    this.needsNetwork = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '这一页需要联网' }) });
  }

  async goto(): Promise<void> {
    await this.open('/offline');
  }

  /** Waits until a service worker controls the page (it registers once the page is idle). */
  async waitForWorker(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  }

  /** The URLs kept for `reason` ('bookmarks' or 'saved'). */
  kept(reason: keyof typeof keptCaches): Promise<string[]> {
    return this.page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), keptCaches[reason]);
  }
}
