import { expect, test } from '@playwright/test';
import { BasePage } from '../pages/base-page';
import { ArticlePage } from '../pages/article-page';
import { Paragraphs } from '../pages/paragraphs';
import { readIssue, readIssueSummaries } from '../support/archive-data';
import { authorsOf } from '../support/cite-data';

// An article long enough that its later paragraphs start below the fold, from the built data.
const long = readIssueSummaries()
  .map((summary) => readIssue(summary.id))
  .flatMap((issue) => issue.articles.map((article) => ({ issue, article })))
  .find(({ article }) => article.paragraphs.length >= 8 && article.paragraphs.slice(0, 8).every((p) => p.kind === 'text' || p.kind === 'lead'));
if (!long) throw new Error('the built archive has no article with eight plain paragraphs');
const { issue, article } = long;
const path = `/issues/${issue.id}/articles/${article.id}`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a link to #p7 opens on that paragraph, marked, and only that one', async ({ page }) => {
  await new BasePage(page).open(`${path}#p7`);
  const paragraphs = new Paragraphs(page);
  await expect(paragraphs.paragraph(7)).toHaveText(article.paragraphs[6]!.text);
  await expect(paragraphs.marked).toHaveCount(1);
  await expect(paragraphs.marked).toHaveId('p7');
  await expect(paragraphs.paragraph(7)).toBeInViewport();
  await page.screenshot({ path: '/tmp/i16-shots/paragraph-marked.png' });
  // A link to another paragraph of the same page moves the mark and the view.
  await page.evaluate(() => {
    history.pushState(null, '', '#p1');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(paragraphs.marked).toHaveId('p1');
});

test('the ¶ control copies the link to its paragraph, which opens on it', async ({ page }) => {
  await new ArticlePage(page).goto(issue.id, article.id);
  const paragraphs = new Paragraphs(page);
  await paragraphs.paragraph(3).hover();
  await paragraphs.linkControl(3).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制本段链接' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname + new URL(link).hash).toBe(`${path}#p3`);
  await new BasePage(page).open(link);
  await expect(paragraphs.marked).toHaveId('p3');
  await expect(paragraphs.marked).toHaveText(article.paragraphs[2]!.text);
});

test('selecting text offers "copy with source": the quote, its GB/T 7714 reference and the paragraph link', async ({ page }) => {
  await new ArticlePage(page).goto(issue.id, article.id);
  const paragraphs = new Paragraphs(page);
  await expect(paragraphs.quoteToolbar).toHaveCount(0);
  await paragraphs.select(2, 2, 12);
  await expect(paragraphs.quoteToolbar).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: '/tmp/i16-shots/quote-toolbar.png' });
  await paragraphs.quoteToolbar.getByRole('button', { name: '复制并注明出处' }).click();
  await expect(paragraphs.quoteToolbar.getByRole('status')).toHaveText('已复制引文和链接');
  const authors = authorsOf(article);
  const reference = `${authors.length ? `${authors.join(', ')}. ` : ''}${article.title}[N]. ${issue.paper}, ${issue.date}(1).`;
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`“${article.paragraphs[1]!.text.slice(2, 14)}”\n——${reference}\n${new URL(page.url()).origin}${path}#p2`);
  // A selection outside the article (the site bar) offers nothing.
  await page.getByRole('link', { name: '株洲日报数字档案' }).first().evaluate((element) => getSelection()!.selectAllChildren(element));
  await expect(paragraphs.quoteToolbar).toHaveCount(0);
});

test('on a touch phone the ¶ controls stay faintly visible in the margin, clear of the text', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await new BasePage(page).open(`${path}#p2`);
  const paragraphs = new Paragraphs(page);
  const control = paragraphs.linkControl(2);
  await expect(control).toBeVisible();
  expect(Number(await control.evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThan(0);
  // In the margin: it ends where the paragraph's text begins, and stays on screen.
  const [box, text] = [await control.boundingBox(), await paragraphs.paragraph(2).locator('p').boundingBox()];
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(text!.x + 1);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: '/tmp/i16-shots/paragraphs-phone.png' });
  await context.close();
});
