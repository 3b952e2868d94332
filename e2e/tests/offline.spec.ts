import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ArticlePage } from '../pages/article-page';
import { IssuePage } from '../pages/issue-page';
import { OfflinePage } from '../pages/offline-page';
import { SearchPage } from '../pages/search-page';
import { articleBookmark, seedBookmarks } from '../support/bookmark-data';
import { issuePath, readIssue, readIssueSummaries } from '../support/archive-data';

// A fresh context per test (Playwright's default) with service workers allowed.
test.use({ serviceWorkers: 'allow' });

const summaries = readIssueSummaries();
if (summaries.length < 3) throw new Error('these tests need three issues: the latest, a bookmarked one and one never opened');
const [latest, bookmarkedSummary, unread] = [summaries[0]!, summaries[1]!, summaries[summaries.length - 1]!];
const bookmarked = readIssue(bookmarkedSummary.id);
const bookmarkedArticle = bookmarked.articles[0]!;
// A pair of characters from the latest issue's lead headline that the unread issue does not contain:
// search reads the issue files of its results (for their text), and the unread one must stay unread.
const unreadText = JSON.stringify(readIssue(unread.id));
const headline = readIssue(latest.id).articles[0]!.title;
const query = [...headline].map((_, i) => headline.slice(i, i + 2)).find((pair) => /^\p{Script=Han}{2}$/u.test(pair) && !unreadText.includes(pair));
if (!query) throw new Error('no search word from the latest issue that the unread issue lacks');

test('offline after one visit: the front page, a bookmarked article and a search work; an unread issue says it needs the network; back online it loads without a reload', async ({ page, context }) => {
  test.setTimeout(90_000);
  const offline = new OfflinePage(page);
  const front = new IssuePage(page);
  await page.goto('/');
  await expect(front.masthead).toBeVisible();
  await offline.waitForWorker();
  // What Chromium checks before it offers to install the app (Lighthouse 12 no longer reports it).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito ones, where Chromium never offers installing: that is the
  // only objection allowed, and anything about the app itself fails the test.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  const { url: manifestUrl, errors } = await cdp.send('Page.getAppManifest');
  expect(new URL(manifestUrl).pathname).toBe('/app.webmanifest');
  expect(errors).toEqual([]);
  await cdp.detach();

  await seedBookmarks(page, [articleBookmark({ issue: bookmarked, article: bookmarkedArticle }, 1)]);
  await expect.poll(() => offline.kept('bookmarks'), { timeout: 20_000 }).toEqual([new URL(`/${issuePath(bookmarked.id)}`, page.url()).href]);

  const search = new SearchPage(page);
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(search.results.first()).toBeVisible();
  const online = await search.results.count();

  await context.setOffline(true);
  await page.goto('/');
  await expect(front.masthead).toBeVisible();
  await expect(front.leadHeadline).toBeVisible();

  const article = new ArticlePage(page);
  await article.goto(bookmarked.id, bookmarkedArticle.id);
  await expect(article.title).toHaveText(bookmarkedArticle.title);

  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(search.results).toHaveCount(online);

  await page.goto(`/issues/${unread.id}`);
  await expect(offline.needsNetwork).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: '/tmp/i16-shots/offline-needs-network.png' });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Back online: the same page (no reload: the marker survives) loads the issue by itself.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await context.setOffline(false);
  await expect(front.masthead).toBeVisible();
  await expect(offline.needsNetwork).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('"save this issue for offline reading" keeps it, the offline page lists it with its size, and removes it', async ({ page, context }) => {
  test.setTimeout(60_000);
  const offline = new OfflinePage(page);
  const front = new IssuePage(page);
  await front.page.goto(`/issues/${unread.id}`);
  await offline.waitForWorker();
  await offline.saveButton.click();
  await expect(offline.saveButton).toHaveAttribute('aria-pressed', 'true');
  expect(await offline.kept('saved')).toHaveLength(1);

  await offline.goto();
  await expect(offline.keptIssues).toHaveCount(1);
  await expect(offline.keptIssues).toContainText(/\d+(\.\d)? KB · 手动保存/);
  await expect(page.getByTestId('storage-estimate')).toContainText('共占用约');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: '/tmp/i16-shots/offline-page.png' });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/i16-shots/offline-page-phone-dark.png' });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Saved, then read offline from a fresh load.
  await context.setOffline(true);
  await page.goto(`/issues/${unread.id}`);
  await expect(front.masthead).toBeVisible();

  // Nothing of the search index was read in this context: offline, a search says it needs the
  // network, and runs by itself when the network is back.
  const search = new SearchPage(page);
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('alert')).toContainText('这次搜索需要联网');
  await context.setOffline(false);
  await expect(search.results.first()).toBeVisible();

  await offline.goto();
  await offline.keptIssues.getByRole('button', { name: /^移除/ }).click();
  await expect(offline.keptIssues).toHaveCount(0);
  expect(await offline.kept('saved')).toEqual([]);
});
