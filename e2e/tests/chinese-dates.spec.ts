import { expect, test } from '@playwright/test';
import { ArchivePage } from '../pages/reader-pages';
import { SearchPage } from '../pages/search-page';
import { readIssueSummaries } from '../support/archive-data';
import { builtArticles, containing } from '../support/search-truth';

// Dates are read and written 2020年1月5日: no native mm/dd/yyyy control, chips like 2020年.
const articles = builtArticles();
const latest = readIssueSummaries()[0]!;
const [y, m, d] = latest.date.split('-').map(Number) as [number, number, number];
const chinese = `${y}年${m}月${d}日`;
const word = [...latest.headline.matchAll(/\p{Script=Han}{2}/gu)].map((x) => x[0]).find((w) => containing(articles, [w]).length > 1)!;

test('the search date range reads and writes 2020年1月5日, and a year shows as one chip', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.resultCount).toBeVisible();
  await expect(page.locator('input[type="date"]')).toHaveCount(0);

  const from = search.main.getByRole('textbox', { name: '从' });
  await from.fill(chinese);
  await from.press('Enter');
  await expect(page).toHaveURL(new RegExp(`from=${latest.date}`));
  await expect(from).toHaveValue(chinese);
  await expect(search.main.getByRole('list', { name: '当前筛选' })).toContainText(`${chinese}起`);

  // Something that is not a day is said so, and changes nothing.
  await from.fill('2020年2月30日');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(new RegExp(`from=${latest.date}`));

  await search.goto(word);
  await search.facet('年份', String(y)).click();
  await expect(page).toHaveURL(new RegExp(`from=${y}-01-01`));
  const chips = search.main.getByRole('list', { name: '当前筛选' }).getByRole('listitem');
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toHaveText(`${y}年 ×`);
  await expect(search.main.getByRole('textbox', { name: '至' })).toHaveValue(`${y}年12月31日`);
});

test('the archive jumps to a date typed the Chinese way', async ({ page }) => {
  const archive = new ArchivePage(page);
  await archive.goto();
  await expect(page.locator('input[type="date"]')).toHaveCount(0);
  await archive.jumpTo(chinese);
  await expect(page).toHaveURL(`/issues/${latest.id}`);
  await archive.goto();
  await archive.jumpTo('2020年2月30日');
  await expect(archive.main.getByRole('status')).toContainText('不是有效的日期');
});
