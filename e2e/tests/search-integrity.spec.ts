import { expect, test } from '@playwright/test';
import { SearchPage } from '../pages/search-page';
import { builtArticles, containing } from '../support/search-truth';

// Queries and counts come from the built data, checked by a plain includes scan.
const articles = builtArticles();
const issuesOf = (word: string) => new Set(containing(articles, [word]).map((a) => a.issue.id));

// A title word whose results (all on the first page) come from more than one issue: damaging one of
// those issues must leave the others readable.
const words = [...new Set(articles.flatMap(({ article }) => article.title.match(/\p{Script=Han}{2}/gu) ?? []))];
const word = words
  .filter((w) => issuesOf(w).size > 1 && containing(articles, [w]).length <= 20)
  .sort((a, b) => containing(articles, [b]).length - containing(articles, [a]).length)[0];
if (!word) throw new Error('no title word of the built data occurs in more than one issue');
const hits = containing(articles, [word]);
const damagedIssue = hits.at(-1)!.issue.id;
const inDamaged = hits.filter((a) => a.issue.id === damagedIssue).length;

test('a truncated issue file marks only its own results; the count and the other results stay', async ({ page }) => {
  let damaged = true;
  await page.route(`**/data/issues/${damagedIssue}.*.json`, async (route) => {
    if (!damaged) return route.fallback();
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
  });
  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.resultCount).toHaveText(String(hits.length));
  await expect(search.results).toHaveCount(hits.length);
  await expect(search.unreadableResults).toHaveCount(inDamaged);
  await expect(search.unreadableResults.first()).toContainText('此期数据无法读取');
  await expect(search.resultLinks).toHaveCount(hits.length - inDamaged);
  await expect(search.alert.filter({ hasText: '搜索索引加载失败' })).toHaveCount(0);

  // Fixed on the server: the row's retry reads the file again (past the HTTP cache: issue-texts.test.ts).
  damaged = false;
  await search.unreadableResults.first().getByRole('button', { name: '重试' }).click();
  await expect(search.resultLinks).toHaveCount(hits.length);
  await expect(search.unreadableResults).toHaveCount(0);
});
