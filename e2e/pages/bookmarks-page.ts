import type { Download, Locator, Page } from '@playwright/test';
import { BasePage } from './base-page';

/** The bookmark toggle on issue and article pages (and, later, search results and the calendar). */
export class BookmarkToggle {
  readonly button: Locator;
  /** The message shown next to the toggle when saving failed. */
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('main').getByTestId('bookmark-toggle');
    this.error = this.button.locator('xpath=..').getByRole('alert');
  }

  async click(): Promise<void> {
    await this.button.click();
  }

  /** The B shortcut, pressed on the page itself (not in a field), once the page has rendered its toggle. */
  async pressShortcut(): Promise<void> {
    await this.button.waitFor();
    await this.page.keyboard.press('b');
  }
}

/** `/bookmarks`: saved issues and articles, their notes, removal with undo, export and import. */
export class BookmarksPage extends BasePage {
  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: '书签' });
  }

  /** The site bar's link, which also shows the count. */
  get headerLink(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: /^书签/ });
  }

  /** The banner shown on any page when stored bookmarks could not be read. */
  get recoveryBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: '书签' });
  }

  get issuesSection(): Locator {
    return this.main.getByRole('region', { name: /^整期报纸/ });
  }

  get articlesSection(): Locator {
    return this.main.getByRole('region', { name: /^文章/ });
  }

  get backupsSection(): Locator {
    return this.main.getByRole('region', { name: /备份/ });
  }

  get items(): Locator {
    return this.main.getByRole('region', { name: /^(整期报纸|文章)/ }).getByRole('listitem');
  }

  get itemTitles(): Locator {
    return this.items.getByRole('heading', { level: 3 });
  }

  get filter(): Locator {
    return this.main.getByRole('searchbox', { name: '筛选' });
  }

  get sort(): Locator {
    return this.main.getByRole('combobox', { name: '排序' });
  }

  get emptyMessage(): Locator {
    return this.main.getByText(/还没有书签|没有符合/);
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: '撤销' });
  }

  /** Success messages (role=status) and failures (role=alert) inside the page. */
  get status(): Locator {
    return this.main.getByRole('status');
  }

  get mainAlert(): Locator {
    return this.main.getByRole('alert');
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  async goto(): Promise<void> {
    await this.open('/bookmarks');
  }

  async remove(title: string): Promise<void> {
    await this.item(title).getByRole('button', { name: /^移除/ }).click();
  }

  async writeNote(title: string, note: string): Promise<void> {
    await this.item(title).getByRole('button', { name: /^(＋ 添加备注|编辑备注)/ }).click();
    await this.item(title).getByRole('textbox').fill(note);
    await this.item(title).getByRole('button', { name: '保存' }).click();
  }

  async exportBookmarks(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: '导出书签' }).click();
    return download;
  }

  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.main.getByRole('button', { name: '导入书签' }).click();
    await (await chooser).setFiles(path);
  }

  async exportBackup(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.backupsSection.getByRole('button', { name: '导出原始数据' }).first().click();
    return download;
  }

  /** Each entry as title, note and saved time: what an export and import must carry over. Waits for
   * the page (a lazy route) to render first, since an empty list is a valid answer. */
  async summaries(): Promise<string[]> {
    await this.heading.waitFor();
    return this.items.evaluateAll((items) =>
      items.map((item) =>
        [
          item.querySelector('h3')?.textContent ?? '',
          item.querySelector('time')?.getAttribute('datetime') ?? '',
          item.querySelector('.whitespace-pre-wrap')?.textContent ?? '',
        ].join(' | '),
      ),
    );
  }
}
