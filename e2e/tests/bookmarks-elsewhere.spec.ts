import { expect, test } from '@playwright/test';
import { BookmarksPage, BookmarkToggle } from '../pages/bookmarks-page';
import { IssuePage } from '../pages/issue-page';
import { ArchivePage } from '../pages/reader-pages';
import { SearchPage } from '../pages/search-page';
import { readManifest } from '../support/archive-data';
import { article, issue } from '../support/bookmark-data';

// Bookmarks beyond the issue and article pages: on search results and on the archive calendar.

test('a search result can be bookmarked in place, and shows up on /bookmarks', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto(article.article.title);
  const result = search.result(article.issue.id, article.article.id);
  const toggle = result.getByTestId('bookmark-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const bookmarks = new BookmarksPage(page);
  await bookmarks.headerLink.click();
  await expect(bookmarks.articlesSection.getByRole('link', { name: article.label, exact: true })).toHaveAttribute(
    'href',
    `/issues/${article.issue.id}/articles/${article.article.id}`,
  );
});

test('bookmarked days are marked on the archive calendar, and only those', async ({ page }) => {
  await new IssuePage(page).goto(issue.id);
  await new BookmarkToggle(page).click();

  const archive = new ArchivePage(page);
  await archive.gotoMonth(issue.date.slice(0, 7));
  await expect(archive.day(issue.date)).toHaveAttribute('data-bookmarked', 'true');
  await expect(archive.day(issue.date)).toHaveAttribute('aria-label', /已收藏/);
  const other = readManifest().issues.find((i) => i.id !== issue.id && i.date.slice(0, 7) === issue.date.slice(0, 7));
  if (other) await expect(archive.day(other.date)).not.toHaveAttribute('data-bookmarked', 'true');
  await page.screenshot({ path: 'screenshots/bookmark-calendar.png' });
});
