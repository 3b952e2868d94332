import { expect, test, type Page } from '@playwright/test';
import { readIssue, readIssueSummaries } from '../support/archive-data';
import { readEntityList } from '../support/entity-data';
import { ErrorPage } from '../pages/error-page';
import { IssuePage } from '../pages/issue-page';

// A data file that cannot be loaded is a data error with a retry, never "页面不存在": the address is
// fine, the archive is not. Only an address naming nothing in data that loaded is a 404.
const [latest, older] = readIssueSummaries();
if (!latest) throw new Error('dist/data/manifest.json lists no issues: nothing to test against.');
const person = readEntityList().entities.find((e) => e.type === 'person');

/** Answers `pattern` with 404 until the returned switch is called; then the real file is served. */
async function missing(page: Page, pattern: string): Promise<() => void> {
  let gone = true;
  await page.route(pattern, (route) => (gone ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fallback()));
  return () => (gone = false);
}

for (const [name, path] of [
  ['front page', '/'],
  ['archive', '/issues'],
  ['issue page', `/issues/${latest.id}`],
] as const) {
  test(`a missing manifest on the ${name} is a data error with a retry that recovers`, async ({ page }) => {
    const restore = await missing(page, '**/data/manifest.json');
    const errors = new ErrorPage(page);
    await page.goto(path);
    await expect(errors.heading('报纸数据暂时无法载入')).toBeVisible();
    await expect(errors.alert).toContainText('data/manifest.json');
    await expect(errors.notFoundHeading).toHaveCount(0);
    await expect(errors.homeLink).toHaveAttribute('href', '/');
    await expect(page).toHaveTitle('出错了 · 株洲日报数字档案');
    if (name === 'front page') await errors.screenshotBoth('data-error-manifest');
    restore();
    await errors.retryButton.click();
    await expect(errors.alert).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(errors.notFoundHeading).toHaveCount(0);
  });
}

test('a missing newest issue file is a data error on the front page, and retry shows the issue', async ({ page }) => {
  const restore = await missing(page, `**/data/issues/${latest.id}.*.json`);
  const errors = new ErrorPage(page);
  const home = new IssuePage(page);
  await home.gotoHome();
  await expect(errors.heading('报纸数据暂时无法载入')).toBeVisible();
  await expect(errors.alert).toContainText(`issues/${latest.id}.`);
  await expect(errors.notFoundHeading).toHaveCount(0);
  restore();
  await errors.retryButton.click();
  await expect(home.masthead).toHaveText(latest.paper);
});

test('an issue the manifest lists but whose file is missing is a data error, not a bad link', async ({ page }) => {
  const target = older ?? latest;
  await missing(page, `**/data/issues/${target.id}.*.json`);
  const errors = new ErrorPage(page);
  await page.goto(`/issues/${target.id}`);
  await expect(errors.heading('报纸数据暂时无法载入')).toBeVisible();
  await expect(errors.notFoundHeading).toHaveCount(0);
  // The same file behind an article address.
  await page.goto(`/issues/${target.id}/articles/${readIssue(target.id).articles[0]?.id ?? 'x'}`);
  await expect(errors.heading('报纸数据暂时无法载入')).toBeVisible();
});

test('a person the list names but whose file is missing is a data error; an unknown one is still a 404', async ({ page }) => {
  test.skip(!person, 'the archive names no people');
  await missing(page, `**/data/entities/person/${encodeURIComponent(person!.id)}.*.json`);
  const errors = new ErrorPage(page);
  await page.goto(`/people/${encodeURIComponent(person!.id)}`);
  await expect(errors.heading('报纸数据暂时无法载入')).toBeVisible();
  await expect(errors.notFoundHeading).toHaveCount(0);
  await page.goto('/people/%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E4%BA%BA');
  await expect(errors.notFoundHeading).toBeVisible();
});

test('a damaged data file (any data error) says so with a retry, styled as the app', async ({ page }) => {
  let broken = true;
  await page.route('**/data/entities/list.*.json', (route) =>
    broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"entities": [' }) : route.fallback(),
  );
  const errors = new ErrorPage(page);
  await page.goto('/people');
  await expect(errors.heading('报纸数据暂时无法载入')).toBeVisible();
  await expect(errors.alert).toContainText('entities/list.');
  await expect(page.getByRole('banner')).toBeVisible();
  broken = false;
  await errors.retryButton.click();
  await expect(errors.alert).toHaveCount(0);
});
