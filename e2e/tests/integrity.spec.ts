import { expect, test } from '@playwright/test';
import { IssuePage } from '../pages/issue-page';
import { SearchPage } from '../pages/search-page';
import { readIssueSummaries } from '../support/archive-data';
import { serveDamaged, serveNewerDeploy } from '../support/altered-data';
import { builtArticles, chunkFinder, containing } from '../support/search-truth';

// Every data file but manifest.json is named by its content's hash and checked when loaded: a changed
// byte is an error with a retry, never a wrong page; a redeploy is announced, never mixed in.
const [latest, older] = readIssueSummaries();
if (!latest || !older) throw new Error('these tests need an archive of at least two issues');
const articles = builtArticles();
const countOf = (needle: string) => containing(articles, [needle]).length;
const names = [...new Set(articles.flatMap(({ article }) => article.byline.map((c) => c.name)))];
const name = names.sort((a, b) => countOf(b) - countOf(a))[0]!;

test('one changed byte in a search chunk gives the damaged-index message, never results; the retry recovers', async ({ page }) => {
  let damaged = true;
  await serveDamaged(page, '**/data/search/chunks/*.bin', () => damaged);
  const search = new SearchPage(page);
  await search.goto(name);
  await expect(search.alert).toContainText('检索索引已损坏');
  await expect(search.results).toHaveCount(0);
  await expect(search.resultCount).toBeHidden();
  damaged = false;
  await search.retryButton.click();
  await expect(search.resultCount).toHaveText(String(countOf(name)));
});

test('damaged chunks arriving one after another: a retry right after the first message still recovers', async ({ page }) => {
  // Two names found together, whose keys lie in different chunks: a query that downloads two.
  const chunkOf = chunkFinder();
  const pair = names
    .flatMap((a) => names.map((b) => [a, b] as const))
    .find(([a, b]) => chunkOf(a) !== chunkOf(b) && countOf(a) > 0 && containing(articles, [a, b]).length > 0);
  if (!pair) throw new Error('the archive has no two names found together whose keys lie in different chunks');
  let damaged = true;
  let chunkRequests = 0;
  page.on('request', (request) => void (request.url().includes('/data/search/chunks/') && chunkRequests++));
  // The first damaged chunk at once, the next ones well after its message is shown.
  await serveDamaged(page, '**/data/search/chunks/*.bin', () => damaged, (n) => n * 1500);
  const search = new SearchPage(page);
  await search.goto(pair.join(' '));
  await expect(search.alert).toContainText('检索索引已损坏');
  expect(chunkRequests).toBeGreaterThan(1);
  damaged = false;
  await search.retryButton.click();
  await expect(search.resultCount).toHaveText(String(containing(articles, [...pair]).length));
});

test('one changed byte in an issue file gives the damaged-data message, never the altered text; the retry recovers', async ({ page }) => {
  let damaged = true;
  await serveDamaged(page, '**/data/issues/*.json', () => damaged);
  const issue = new IssuePage(page);
  await issue.goto(latest.id);
  await expect(issue.alert).toContainText('数据已损坏');
  await expect(issue.articles).toHaveCount(0);
  damaged = false;
  await issue.retryButton.click();
  await expect(issue.leadHeadline).toHaveText(latest.headline);
});

test('after a redeploy, an open tab says the archive was updated instead of mixing versions; reloading shows the new one', async ({ page }) => {
  let deployed = false;
  await serveNewerDeploy(page, () => deployed);
  const issue = new IssuePage(page);
  await issue.goto(latest.id);
  await expect(issue.leadHeadline).toHaveText(latest.headline);
  deployed = true;
  await issue.neighbours.getByRole('link').first().click();
  await expect(issue.alert).toContainText('档案已更新');
  await expect(issue.page.getByText('页面不存在')).toBeHidden();
  await issue.reloadButton.click();
  await expect(issue.leadHeadline).toHaveText(older.headline);
  await expect(page).toHaveURL(new RegExp(`/issues/${older.id}$`));
});

test('after a redeploy, a search from an open tab says the archive was updated; reloading searches the new one', async ({ page }) => {
  let deployed = false;
  await serveNewerDeploy(page, () => deployed);
  const issue = new IssuePage(page);
  await issue.goto(latest.id);
  await expect(issue.leadHeadline).toHaveText(latest.headline);
  deployed = true;
  const search = new SearchPage(page);
  await search.search(name);
  await expect(search.alert).toContainText('档案已更新');
  await expect(search.results).toHaveCount(0);
  await search.reloadButton.click();
  await expect(search.resultCount).toHaveText(String(countOf(name)));
});
