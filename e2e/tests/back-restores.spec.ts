import { expect, test, type Locator, type Page } from '@playwright/test';
import { ArchivePage, EntityListPage, EntityPage } from '../pages/reader-pages';
import { SearchPage } from '../pages/search-page';
import { readEntityList } from '../support/entity-data';

// Back must put the reader where they were: the same scroll position, the list as long as they had
// made it. Each test scrolls a row of a list page to the middle of the screen, opens it, goes back,
// and expects that very row where it was.

async function openAndComeBack(page: Page, row: Locator, link: Locator): Promise<{ before: number; after: number }> {
  // The row 200 px below the top of the screen.
  await row.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200));
  // Let the scroll settle (it is recorded on the next frame).
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(100);
  const from = page.url();
  await link.click();
  await expect(page).not.toHaveURL(from);
  await page.goBack();
  await expect(page).toHaveURL(from);
  await expect(row).toBeInViewport();
  return { before, after: await settledScroll(page) };
}

/** The scroll position once it has stopped moving (a late layout, such as a font batch, may still move the page a frame or two after Back). */
async function settledScroll(page: Page): Promise<number> {
  let last = await page.evaluate(() => window.scrollY);
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.scrollY);
      const still = now === last;
      last = now;
      return still;
    }, { intervals: [200, 200, 300, 500], timeout: 5_000 })
    .toBe(true);
  return last;
}

test('search: Back from the 9th result returns to it', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto('株');
  await expect(search.results.nth(9)).toBeVisible();
  const row = search.results.nth(8);
  const { before, after } = await openAndComeBack(page, row, row.getByRole('heading', { level: 2 }).getByRole('link'));
  expect(Math.abs(after - before)).toBeLessThan(40);
});

for (const type of ['people', 'places'] as const) {
  test(`/${type}: Back keeps the list expanded with 显示更多 and the row in view`, async ({ page }) => {
    const list = new EntityListPage(page);
    await list.goto(type);
    await expect(list.rows.first()).toBeVisible();
    const initial = await list.rows.count();
    await list.main.getByRole('button', { name: /显示更多/ }).click();
    await expect.poll(() => list.rows.count()).toBeGreaterThan(initial);
    const row = list.rows.nth(initial + 0);
    const { before, after } = await openAndComeBack(page, row, row.getByRole('link'));
    expect(await list.rows.count()).toBeGreaterThan(initial);
    expect(Math.abs(after - before)).toBeLessThan(40);
  });
}

test('entity page: Back returns to the article opened from its list', async ({ page }) => {
  const busiest = [...readEntityList().entities].sort((a, b) => b.articleCount - a.articleCount)[0]!;
  const entity = new EntityPage(page);
  await entity.goto(busiest.type, busiest.id);
  const row = entity.articles.nth(Math.min(15, busiest.articleCount - 1));
  const { before, after } = await openAndComeBack(page, row, row.getByRole('heading', { level: 3 }).getByRole('link'));
  expect(Math.abs(after - before)).toBeLessThan(40);
});

test.describe('on a phone', () => {
  // The year's list comes after the calendar there, well below the fold.
  test.use({ viewport: { width: 390, height: 844 } });

  test('archive: Back returns to the issue opened from the year list', async ({ page }) => {
    const archive = new ArchivePage(page);
    await archive.goto();
    const count = await archive.listLinks.count();
    const link = archive.listLinks.nth(count - 1);
    const { before, after } = await openAndComeBack(page, link, link);
    expect(Math.abs(after - before)).toBeLessThan(40);
  });
});
