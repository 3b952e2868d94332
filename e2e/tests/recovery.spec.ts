import { expect, test } from '@playwright/test';
import { MAX_QUERY_LENGTH } from '../../src/features/search/url-state';
import { BookmarksPage } from '../pages/bookmarks-page';
import { ErrorPage } from '../pages/error-page';
import { IssuePage } from '../pages/issue-page';
import { SearchPage } from '../pages/search-page';
import { builtArticles, containing } from '../support/search-truth';

// Failures of the app's own code and environment (a frame that throws, chunks and a worker gone after
// a deploy, a query too long for a URL): each shows a clear message and recovers once the cause is gone.
const articles = builtArticles();
const countOf = (needles: string[]) => containing(articles, needles).length;
const name = [...new Set(articles.flatMap(({ article }) => article.byline.map((c) => c.name)))].sort((a, b) => countOf([b]) - countOf([a]))[0];
if (!name) throw new Error('the built data has no bylines to search for');

const WORKER_SCRIPT = /\/assets\/search\.worker-[\w-]+\.js$/;

test('an exception in the site frame shows an error page with a way back, and a reload recovers', async ({ page }) => {
  // A browser without a working matchMedia breaks the theme toggle, which sits in the frame, outside
  // every page's own error boundary. The switch lives in sessionStorage so it survives the reload.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-break-frame')) {
      window.matchMedia = () => {
        throw new Error('matchMedia is not available');
      };
    }
  });
  const home = new IssuePage(page);
  const errors = new ErrorPage(page);
  await home.gotoHome();
  await page.evaluate(() => sessionStorage.setItem('e2e-break-frame', '1'));
  await page.reload();
  await expect(errors.heading('网站出了故障')).toBeVisible();
  await expect(errors.alert).toContainText('matchMedia is not available');
  await expect(errors.homeLink).toHaveAttribute('href', '/');
  await expect(page.getByRole('link', { name: '株洲日报数字档案' })).toBeVisible();
  await expect(page).toHaveTitle('出错了 · 株洲日报数字档案');
  await errors.screenshotBoth('app-error');

  await page.evaluate(() => sessionStorage.removeItem('e2e-break-frame'));
  await errors.refreshButton.click();
  await expect(home.masthead).toBeVisible();
  await expect(errors.alert).toHaveCount(0);
});

test('a lazy page whose code is gone after a deploy reloads once, then says 网站已更新 with a reload that recovers', async ({ page }) => {
  let gone = true;
  await page.route(/\/assets\/bookmarks-[\w-]+\.js$/, (route) => (gone ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fallback()));
  let loads = 0;
  page.on('load', () => loads++);
  const errors = new ErrorPage(page);
  const home = new IssuePage(page);
  await home.gotoHome();
  await expect(home.masthead).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: /书签/ }).click();
  await expect(errors.heading('网站已更新，请刷新')).toBeVisible();
  // The first load and exactly one automatic reload: the guard stops a second.
  await expect.poll(() => loads).toBe(2);
  await page.waitForTimeout(1000);
  expect(loads).toBe(2);
  await expect(page).toHaveURL('/bookmarks');
  await errors.screenshotBoth('new-version');

  gone = false;
  await errors.refreshButton.click();
  await expect(new BookmarksPage(page).heading).toBeVisible();
});

test('a search worker script that fails to load is reported with a retry that starts a new worker', async ({ page }) => {
  let gone = true;
  await page.route(WORKER_SCRIPT, (route) => (gone ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fallback()));
  const search = new SearchPage(page);
  const errors = new ErrorPage(page);
  await search.goto(name);
  await expect(errors.alert).toContainText('检索程序未能启动');
  await expect(page.getByText('正在载入检索索引…')).toHaveCount(0);
  await errors.screenshotBoth('search-worker-error');

  gone = false;
  await errors.retryButton.click();
  await expect(search.resultCount).toHaveText(String(countOf([name])));
});

test('a search worker that never answers times out with a retry', async ({ page }) => {
  await page.clock.install();
  // The CJK font slices never come: the page's idle-time work (the search worker's preload) then
  // waits for its 30 s fallback, and comes round only after the worker has failed.
  await page.route(/\/assets\/noto-serif-sc-\d+-[\w-]+\.woff2$/, () => {});
  let hang = true;
  await page.route(WORKER_SCRIPT, (route) =>
    hang ? route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }) : route.fallback(),
  );
  const search = new SearchPage(page);
  const errors = new ErrorPage(page);
  await search.goto(name);
  await expect(page.getByText('正在载入检索索引…')).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(errors.alert).toContainText('检索程序没有响应');
  // Long enough for the page's idle-time work (the search worker's preload) to have come round: it
  // must not start another worker from the broken script that the retry would then be given.
  await page.clock.fastForward('01:00');

  hang = false;
  await errors.retryButton.click();
  await expect(search.resultCount).toHaveText(String(countOf([name])));
});

test('a pasted 20,000-character query is cut to the cap with a note, and its URL reloads', async ({ page }) => {
  const search = new SearchPage(page);
  await new IssuePage(page).gotoHome();
  await search.input.click();
  await search.input.fill(name.repeat(Math.ceil(20_000 / name.length)).slice(0, 20_000));
  await search.input.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(search.queryCapNote).toContainText(`最多 ${MAX_QUERY_LENGTH} 字`);
  const q = new URL(page.url()).searchParams.get('q') ?? '';
  expect(q.length).toBeGreaterThan(0);
  expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  await search.screenshot('search-query-cap');
  const response = await page.reload();
  expect(response?.status()).toBe(200);
  await expect(search.input).toHaveValue(q);
});

test('a too-long q in a URL is cut to the cap, the address replaced, and the cut is said', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto(name.repeat(200));
  await expect(search.queryCapNote).toContainText(`最多 ${MAX_QUERY_LENGTH} 字`);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  await expect.poll(async () => (await search.input.inputValue()).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  await expect(search.resultCount).toBeVisible();
});
