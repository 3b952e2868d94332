import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ArticlePage } from '../pages/article-page';
import { BookmarkToggle, BookmarksPage } from '../pages/bookmarks-page';
import { IssuePage } from '../pages/issue-page';
import { chineseDate } from '../support/archive-data';
import {
  absentIssueId,
  article,
  articleBookmark,
  BACKUP_KEY_PREFIX,
  BOOKMARKS_KEY,
  issue,
  issueBookmark,
  issueHeadline,
  issueLabel,
  moreArticles,
  seedBookmarks,
  storedText,
} from '../support/bookmark-data';

// Titles, dates and ids all come from the built data (see support/bookmark-data.ts).

test('an issue and an article bookmarked from their pages are still there after a reload', async ({ page }) => {
  const toggle = new BookmarkToggle(page);
  await new IssuePage(page).goto(issue.id);
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle.button).toHaveText('收藏');
  await toggle.click();
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'true');
  await toggle.page.screenshot({ path: 'screenshots/bookmark-toggle-issue.png' });

  await new ArticlePage(page).goto(article.issue.id, article.article.id);
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'false');
  await toggle.pressShortcut();
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'true');

  const bookmarks = new BookmarksPage(page);
  await bookmarks.headerLink.click();
  await expect(page).toHaveURL('/bookmarks');
  await expect(page).toHaveTitle('书签 · 株洲日报数字档案');
  await expect(bookmarks.headerLink).toContainText('2');
  await page.reload();
  await expect(bookmarks.issuesSection.getByRole('link', { name: issueLabel, exact: true })).toHaveAttribute('href', `/issues/${issue.id}`);
  await expect(bookmarks.articlesSection.getByRole('link', { name: article.label, exact: true })).toHaveAttribute(
    'href',
    `/issues/${article.issue.id}/articles/${article.article.id}`,
  );
  await expect(bookmarks.item(issueLabel)).toContainText(issueHeadline);
  await expect(bookmarks.item(article.label)).toContainText(chineseDate(article.issue.date).date);
  await expect(bookmarks.item(article.label)).toContainText('收藏于');
  await expect(bookmarks.items).toHaveCount(2);
});

test('the B key toggles on the page, but never while typing in a field', async ({ page }) => {
  const toggle = new BookmarkToggle(page);
  await new ArticlePage(page).goto(article.issue.id, article.article.id);
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'false');
  // The page has no fields of its own besides the site search (which navigates), so the test adds some.
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { id: 'e2e-input' });
    const editable = Object.assign(document.createElement('div'), { id: 'e2e-editable', contentEditable: 'true' });
    document.querySelector('main')?.prepend(input, editable);
  });
  await page.locator('#e2e-input').pressSequentially('abba');
  await page.locator('#e2e-editable').pressSequentially('bb');
  await expect(page.locator('#e2e-input')).toHaveValue('abba');
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+b');
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'false');
  await page.locator('h1').click();
  await toggle.pressShortcut();
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'true');
  await toggle.pressShortcut();
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'false');
});

test('a note is edited in place and kept', async ({ page }) => {
  const bookmarks = new BookmarksPage(page);
  await seedBookmarks(page, [issueBookmark(5)]);
  await bookmarks.writeNote(issueLabel, '头版版式好，可做参考');
  await expect(bookmarks.item(issueLabel)).toContainText('头版版式好，可做参考');
  await page.reload();
  await expect(bookmarks.item(issueLabel)).toContainText('头版版式好，可做参考');

  await bookmarks.writeNote(issueLabel, '改过的备注');
  await expect(bookmarks.item(issueLabel)).toContainText('改过的备注');
  // Escape leaves the note as it was.
  await bookmarks.item(issueLabel).getByRole('button', { name: /^编辑备注/ }).click();
  await bookmarks.item(issueLabel).getByRole('textbox').fill('不要这个');
  await page.keyboard.press('Escape');
  await expect(bookmarks.item(issueLabel)).toContainText('改过的备注');
  await expect(bookmarks.item(issueLabel)).not.toContainText('不要这个');
  expect(await storedText(page, BOOKMARKS_KEY)).toContain('改过的备注');
});

test('remove, then undo, brings the bookmark back with its note and saved time', async ({ page }) => {
  const bookmarks = new BookmarksPage(page);
  await seedBookmarks(page, [issueBookmark(60, '留着'), articleBookmark(article, 30)]);
  const before = await bookmarks.summaries();
  await bookmarks.remove(issueLabel);
  await expect(bookmarks.item(issueLabel)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '已移除' })).toContainText(issueLabel);
  await expect(bookmarks.undoButton).toBeFocused();
  await page.reload();
  await expect(bookmarks.items).toHaveCount(1);

  await bookmarks.remove(article.label);
  await expect(bookmarks.emptyMessage).toContainText('还没有书签');
  await bookmarks.undoButton.click();
  await expect(bookmarks.items).toHaveCount(1);
  await page.reload();
  expect(await bookmarks.summaries()).toEqual(before.filter((line) => line.startsWith(article.label)));
});

test('filter as you type, and sort by saved time or issue date', async ({ page }) => {
  const bookmarks = new BookmarksPage(page);
  const others = moreArticles.map((a, i) => articleBookmark(a, 100 + i));
  await seedBookmarks(page, [articleBookmark(article, 1, '要细读'), ...others]);
  await expect(bookmarks.items).toHaveCount(1 + others.length);

  await bookmarks.filter.pressSequentially('要细');
  await expect(bookmarks.itemTitles).toHaveText([article.label]);
  await bookmarks.filter.fill('不可能出现的字样 zzz');
  await expect(bookmarks.emptyMessage).toContainText('没有符合');
  await bookmarks.filter.fill('');
  await expect(bookmarks.items).toHaveCount(1 + others.length);

  test.skip(article.issue.id === issue.id || others.length === 0, 'the archive has a single issue: nothing to sort');
  await expect(bookmarks.itemTitles.first()).toHaveText(article.label);
  await bookmarks.sort.selectOption({ label: '报纸日期新的在前' });
  await expect(bookmarks.itemTitles.last()).toHaveText(article.label);
});

test('export, then import into a fresh browser, gives the same list; a wrong file changes nothing', async ({ page, browser, baseURL }, testInfo) => {
  const bookmarks = new BookmarksPage(page);
  await seedBookmarks(page, [issueBookmark(300, '第一条'), articleBookmark(article, 200, '第二条'), ...moreArticles.map((a, i) => articleBookmark(a, i))]);
  const expected = await bookmarks.summaries();
  const download = await bookmarks.exportBookmarks();
  expect(download.suggestedFilename()).toMatch(/^zhuzhou-daily-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('bookmarks.json');
  await download.saveAs(file);

  const fresh = await browser.newContext({ baseURL });
  const other = new BookmarksPage(await fresh.newPage());
  await other.goto();
  await expect(other.emptyMessage).toContainText('还没有书签');
  await other.importFile(file);
  await expect(other.status).toContainText(`新增 ${expected.length} 条`);
  expect(await other.summaries()).toEqual(expected);
  // Importing again adds nothing twice.
  await other.importFile(file);
  await expect(other.status).toContainText(`新增 0 条，${expected.length} 条已存在`);
  await expect(other.items).toHaveCount(expected.length);

  const damaged = testInfo.outputPath('damaged.json');
  writeFileSync(damaged, readFileSync(file, 'utf8').slice(0, 200));
  await other.importFile(damaged);
  await expect(other.mainAlert).toContainText('不是有效的 JSON');
  const foreign = testInfo.outputPath('package.json');
  writeFileSync(foreign, JSON.stringify({ name: 'x', version: '1.0.0' }));
  await other.importFile(foreign);
  await expect(other.mainAlert).toContainText('不是本站导出的书签文件');
  await other.page.reload();
  expect(await other.summaries()).toEqual(expected);
  await fresh.close();
});

test('corrupt stored data: the app loads, says so, keeps a backup and offers it for export', async ({ page }) => {
  const corrupt = `{"version":2,"bookmarks":[{"kind":"issue","issueId":"${issue.id}","title":"写到一半`;
  // Injected once, before the app's first load, as a crash mid-write by some other program would leave it.
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-injected')) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem('e2e-injected', '1');
    },
    [BOOKMARKS_KEY, corrupt] as const,
  );
  const bookmarks = new BookmarksPage(page);
  const home = new IssuePage(page);
  await home.gotoHome();
  await expect(home.masthead).toBeVisible();
  await expect(bookmarks.recoveryBanner).toContainText('已另存备份');
  expect(await storedText(page, BACKUP_KEY_PREFIX)).toBe(corrupt);
  await bookmarks.screenshot('bookmarks-corrupt-banner');

  await bookmarks.recoveryBanner.getByRole('link', { name: '查看与导出' }).click();
  await expect(bookmarks.backupsSection).toContainText('内容不是有效的 JSON');
  const download = await bookmarks.exportBackup();
  expect(readFileSync(await download.path(), 'utf8')).toBe(corrupt);
  await bookmarks.screenshot('bookmarks-backup');

  // Bookmarking works again, and the backup stays.
  await home.goto(issue.id);
  await new BookmarkToggle(page).click();
  await expect(new BookmarkToggle(page).button).toHaveAttribute('aria-pressed', 'true');
  expect(await storedText(page, BACKUP_KEY_PREFIX)).toBe(corrupt);
  await page.reload();
  await expect(bookmarks.recoveryBanner).toHaveCount(0);
});

test('data from an unknown (newer) version is kept, not overwritten', async ({ page }) => {
  const future = JSON.stringify({ version: 99, bookmarks: [], extra: '来自新版本' });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [BOOKMARKS_KEY, future] as const);
  const bookmarks = new BookmarksPage(page);
  await bookmarks.goto();
  await expect(bookmarks.backupsSection).toContainText('版本 99');
  expect(await storedText(page, BACKUP_KEY_PREFIX)).toBe(future);
});

test('two pages in one browser stay in sync, and neither loses the other’s changes', async ({ context }) => {
  const listPage = await context.newPage();
  const readerPage = await context.newPage();
  const list = new BookmarksPage(listPage);
  await list.goto();
  await new IssuePage(readerPage).goto(issue.id);
  await new BookmarkToggle(readerPage).click();
  await expect(list.item(issueLabel)).toBeVisible();

  // Both pages change things without reloading; each write merges with what the other saved.
  await list.writeNote(issueLabel, '两边都在改');
  await new ArticlePage(readerPage).goto(article.issue.id, article.article.id);
  await new BookmarkToggle(readerPage).pressShortcut();
  await expect(list.items).toHaveCount(2);
  await expect(list.item(issueLabel)).toContainText('两边都在改');
  await expect(new BookmarksPage(readerPage).headerLink).toContainText('2');

  await list.remove(article.label);
  await expect(new BookmarkToggle(readerPage).button).toHaveAttribute('aria-pressed', 'false');
  await readerPage.reload();
  await expect(new BookmarkToggle(readerPage).button).toHaveAttribute('aria-pressed', 'false');
  await listPage.reload();
  await expect(list.itemTitles).toHaveText([issueLabel]);
  await expect(list.item(issueLabel)).toContainText('两边都在改');
});

test('storage that throws on write: a clear message, nothing pretends to be saved, reading goes on', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const toggle = new BookmarkToggle(page);
  const issuePage = new IssuePage(page);
  await issuePage.goto(issue.id);
  await toggle.click();
  await expect(toggle.error).toContainText('存储空间已满');
  await expect(toggle.button).toHaveAttribute('aria-pressed', 'false');
  await issuePage.screenshot('bookmark-write-error');
  await issuePage.openArticle(issue.articles[0]!.title);
  await expect(new ArticlePage(page).title).toHaveText(issue.articles[0]!.title);
});

test('no storage at all (privacy mode): bookmarking says so, the rest works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const toggle = new BookmarkToggle(page);
  await new IssuePage(page).goto(issue.id);
  await toggle.click();
  await expect(toggle.error).toContainText('隐私');
  const bookmarks = new BookmarksPage(page);
  await bookmarks.goto();
  await expect(bookmarks.mainAlert).toContainText('不允许本站使用本地存储');
});

test('a bookmark whose issue or article is gone is shown as missing, not dropped', async ({ page }) => {
  const bookmarks = new BookmarksPage(page);
  const goneIssue = { ...issueBookmark(10), issueId: absentIssueId(), date: absentIssueId().slice(0, 10) };
  const goneArticle = { ...articleBookmark(article, 20), articleId: 'no-longer-here', title: '已删除的文章' };
  await seedBookmarks(page, [goneIssue, goneArticle, articleBookmark(article, 30)]);
  const goneLabel = `${issue.paper} ${chineseDate(goneIssue.date).date}`;
  for (const label of [goneLabel, '已删除的文章']) {
    await expect(bookmarks.item(label)).toContainText('档案中已找不到这一项');
    await expect(bookmarks.item(label).getByRole('link', { name: label })).toHaveCount(0);
  }
  await expect(bookmarks.item(article.label).getByRole('link', { name: article.label })).toBeVisible();
  await expect(bookmarks.item(article.label)).not.toContainText('找不到');
  await bookmarks.screenshot('bookmarks-missing');
});

test('screenshots of the bookmarks page, wide and at 360px', async ({ page }) => {
  const bookmarks = new BookmarksPage(page);
  await seedBookmarks(page, [
    issueBookmark(2 * 24 * 60, '头版：中部崛起座谈会，整理专题时用'),
    articleBookmark(article, 90, '数字可以引用到周报里。'),
    ...moreArticles.map((a, i) => articleBookmark(a, 5 + i, i === 0 ? '' : '稍后再读')),
  ]);
  await expect(bookmarks.items).toHaveCount(2 + moreArticles.length);
  await bookmarks.screenshot('bookmarks');
  await bookmarks.remove(article.label);
  await bookmarks.screenshot('bookmarks-undo');
  await bookmarks.undoButton.click();
  await bookmarks.item(issueLabel).getByRole('button', { name: /^编辑备注/ }).click();
  await bookmarks.screenshot('bookmarks-editing');
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(bookmarks.items).toHaveCount(2 + moreArticles.length);
  expect(await bookmarks.scrollWidth()).toBeLessThanOrEqual(360);
  await bookmarks.screenshot('bookmarks-360');
  await new ArticlePage(page).goto(article.issue.id, article.article.id);
  expect(await bookmarks.scrollWidth()).toBeLessThanOrEqual(360);
  await bookmarks.screenshot('bookmark-toggle-article-360');

  // Dark mode swaps the palette; the page must stay legible in it.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await bookmarks.goto();
  await bookmarks.remove(article.label);
  await bookmarks.screenshot('bookmarks-dark');
});
