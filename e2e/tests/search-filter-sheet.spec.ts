import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SearchPage } from '../pages/search-page';
import { builtArticles, containing } from '../support/search-truth';

// On a phone the filters used to come after every result (thousands of pixels down). They are
// offered from the top: a 筛选 button opening a sheet, with the filters in force shown as chips.
const articles = builtArticles();
const yearOf = (a: (typeof articles)[number]) => a.issue.date.slice(0, 4);
const words = [...new Set(articles.flatMap(({ article }) => article.title.match(/\p{Script=Han}{2}/gu) ?? []))];
const word = words.sort((a, b) => containing(articles, [b]).length - containing(articles, [a]).length)[0]!;
const year = yearOf(containing(articles, [word])[0]!);

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the filters open from a button at the top, in a sheet, and show as chips', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.results.first()).toBeVisible();
  const open = search.filterButton;
  await expect(open).toBeInViewport();
  // The sidebar copy is not laid out after the results on a phone.
  await expect(search.main.getByRole('region', { name: '年份' })).toBeHidden();

  await open.click();
  const sheet = search.filterSheet;
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('region', { name: '年份' })).toBeVisible();
  await sheet.getByRole('region', { name: '年份' }).getByRole('link', { name: new RegExp(`^${year}\\s*\\d+$`) }).click();
  await expect(page).toHaveURL(new RegExp(`from=${year}-01-01`));
  // Still open, to choose more; its button shows how many results the choice leaves.
  const inYear = containing(articles, [word]).filter((a) => yearOf(a) === year).length;
  await expect(sheet.getByRole('button', { name: `查看 ${inYear} 篇结果` })).toBeVisible();
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
  await sheet.getByRole('button', { name: `查看 ${inYear} 篇结果` }).click();
  await expect(sheet).toBeHidden();
  await expect(open).toBeFocused();
  await expect(open).toContainText('1');

  const chips = search.main.getByRole('list', { name: '当前筛选' });
  await expect(chips).toBeInViewport();
  await expect(chips).toContainText(`${year}年`);

  // Escape closes it too, back on the button.
  await open.click();
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(open).toBeFocused();
});

test('on a wide screen the filters stay beside the results, without the button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.results.first()).toBeVisible();
  await expect(search.main.getByRole('region', { name: '年份' })).toBeVisible();
  await expect(search.filterButton).toBeHidden();
});
