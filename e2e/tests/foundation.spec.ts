import { expect, test } from '@playwright/test';
import { chineseDate, readIssue, readIssueSummaries, readManifest } from '../support/archive-data';
import { ArticlePage } from '../pages/article-page';
import { IssuePage } from '../pages/issue-page';
import { NotFoundPage } from '../pages/not-found-page';

// Everything expected comes from the built data, so the test holds for whatever the pipeline produced.
const manifest = readManifest();
const latest = readIssueSummaries()[0];
if (!latest) throw new Error('dist/data/manifest.json lists no issues: nothing to test against.');
const issue = readIssue(latest.id);
const { date, weekday } = chineseDate(latest.date);
const issueTitle = `${latest.paper} ${date}`;

// An article with ordinary body text, so the paragraph check is meaningful.
const article =
  issue.articles.find((a) => a.paragraphs.some((p) => p.kind === 'text' || p.kind === 'lead')) ??
  issue.articles[0];
const paragraph = article?.paragraphs.find((p) => p.kind === 'text' || p.kind === 'lead') ?? article?.paragraphs[0];

test('home shows the latest issue', async ({ page }) => {
  const home = new IssuePage(page);
  await home.gotoHome();
  await expect(home.masthead).toHaveText(latest.paper);
  await expect(home.text(`${date} ${weekday}`)).toBeVisible();
  await expect(home.articleTitles.filter({ hasText: latest.headline }).first()).toBeVisible();
  await expect(page).toHaveTitle(issueTitle);
  await expect(home.main).toHaveCount(1);
  await expect(home.articles).toHaveCount(latest.articleCount);
  // The nameplate's characters come from the web font, not from a fallback that may be tofu.
  await expect.poll(() => home.fontFamiliesFor(latest.paper, 700)).toContain('Noto Serif SC');
  await home.screenshot('home');
});

test('issue page shows the lead story first, then every other article in printed order', async ({ page }) => {
  const issuePage = new IssuePage(page);
  await issuePage.goto(issue.id);
  await expect(issuePage.articles).toHaveCount(issue.articles.length);
  // The front page is laid out like the paper: the manifest's lead story on top, the rest as printed.
  const lead = issue.articles.find((a) => a.title === latest.headline) ?? issue.articles[0];
  const ordered = [lead, ...issue.articles.filter((a) => a !== lead)];
  await expect(issuePage.articleTitles).toHaveText(ordered.map((a) => a!.title));
  await expect(page).toHaveTitle(issueTitle);
  await expect(issuePage.main).toHaveCount(1);
  await issuePage.screenshot('issue');
});

test('article page shows the article, reached by a link from its issue', async ({ page }) => {
  test.skip(!article || !paragraph, 'the latest issue has no articles');
  const articlePage = new ArticlePage(page);
  const issuePage = new IssuePage(page);
  await issuePage.goto(issue.id);
  await issuePage.openArticle(article!.title);
  await expect(page).toHaveURL(`/issues/${issue.id}/articles/${article!.id}`);
  await expect(articlePage.title).toHaveText(article!.title);
  await expect(articlePage.text(paragraph!.text).first()).toBeVisible();
  await expect(page).toHaveTitle(`${article!.title} · ${issueTitle}`);
  await expect(articlePage.main).toHaveCount(1);
  await expect(articlePage.title).toHaveCount(1);
  await expect(articlePage.backToIssue).toHaveAttribute('href', `/issues/${issue.id}`);

  // A direct load runs the loaders from scratch, unlike the client-side navigation above.
  await articlePage.goto(issue.id, article!.id);
  await expect(articlePage.title).toHaveText(article!.title);
  await articlePage.screenshot('article');
});

test('article page fits a 360px-wide screen', async ({ page }) => {
  test.skip(!article, 'the latest issue has no articles');
  await page.setViewportSize({ width: 360, height: 740 });
  const articlePage = new ArticlePage(page);
  await articlePage.goto(issue.id, article!.id);
  await expect(articlePage.title).toBeVisible();
  expect(await articlePage.scrollWidth()).toBeLessThanOrEqual(360);
  await articlePage.screenshot('article-360');
});

for (const [name, path] of [
  ['unknown-issue', '/issues/1999-01-01'],
  ['unknown-article', `/issues/${latest.id}/articles/nope`],
  ['unknown-route', '/no-such-page'],
  ['unknown-person', '/people/%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E4%BA%BA'],
  ['unknown-place', '/places/nowhere'],
] as const) {
  test(`not-found page for ${name}`, async ({ page }) => {
    const notFound = new NotFoundPage(page);
    await notFound.goto(path);
    await expect(notFound.heading).toBeVisible();
    await expect(notFound.homeLink).toHaveAttribute('href', '/');
    await expect(notFound.main).toHaveCount(1);
    await expect(page).toHaveTitle('页面不存在 · 株洲日报数字档案');
    await notFound.screenshot(`not-found-${name}`);
  });
}

test('data that breaks the contract shows which file and which field', async ({ page }) => {
  // This test makes its own broken data rather than relying on the build being wrong.
  await page.route('**/data/manifest.json', (route) =>
    route.fulfill({ json: { ...manifest, schemaVersion: 999 } }),
  );
  const home = new IssuePage(page);
  await home.gotoHome();
  await expect(home.alert).toContainText('data/manifest.json');
  await expect(home.alert).toContainText('schemaVersion');
  await expect(page).toHaveTitle('出错了 · 株洲日报数字档案');
  await home.screenshot('data-error');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  const home = new IssuePage(page);
  await home.gotoHome();
  await expect(home.masthead).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(home.skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(home.main).toBeFocused();
});
