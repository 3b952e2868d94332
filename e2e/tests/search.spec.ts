import { expect, test } from '@playwright/test';
import { Converter } from 'opencc-js/cn2t';
import { pinyin } from 'pinyin-pro';
import { ArticlePage } from '../pages/article-page';
import { IssuePage } from '../pages/issue-page';
import { SearchPage } from '../pages/search-page';
import { builtArticles, containing, searchableTexts } from '../support/search-truth';

// Every query and expected count comes from the built data, checked by a plain includes scan.
const articles = builtArticles();
const countOf = (needles: string[]) => containing(articles, needles).length;
const yearOf = (a: (typeof articles)[number]) => a.issue.date.slice(0, 4);

const names = [...new Set(articles.flatMap(({ article }) => article.byline.map((c) => c.name)))];
const name = names.sort((a, b) => countOf([b]) - countOf([a]))[0];
if (!name) throw new Error('the built data has no bylines to search for');

// The two-character word found in the most articles across more than one year: good for filters.
const words = [...new Set(articles.flatMap(({ article }) => article.title.match(/\p{Script=Han}{2}/gu) ?? []))];
const spread = (w: string) => new Set(containing(articles, [w]).map(yearOf)).size;
const word = words.filter((w) => spread(w) > 1).sort((a, b) => countOf([b]) - countOf([a]))[0];
if (!word) throw new Error('no word occurs in more than one year of the built data');

// A title phrase that reads differently in traditional characters.
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const phrase = articles
  .flatMap(({ article }) => article.title.match(/\p{Script=Han}{4}/gu) ?? [])
  .find((p) => toTraditional(p) !== p);

test('typing shows exactly the articles that contain the words, linked and highlighted', async ({ page }) => {
  const search = new SearchPage(page);
  await new IssuePage(page).gotoHome();
  await search.search(name);
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(search.resultCount).toHaveText(String(countOf([name])));
  await expect(search.results).toHaveCount(Math.min(20, countOf([name])));
  await expect(search.marks.first()).toHaveText(name);
  const expectedTitles = containing(articles, [name]).map((a) => a.article.title);
  for (const title of await search.resultLinks.allTextContents()) expect(expectedTitles).toContain(title);
  await search.screenshot('search-results');

  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('opening a result highlights the words in the article; back returns to the results', async ({ page }) => {
  const search = new SearchPage(page);
  const target = containing(articles, [word]).find(({ article }) => article.paragraphs.some((p) => p.text.includes(word)));
  test.skip(!target, 'the word never occurs in body text');
  // A second term from the target's own title keeps it on the first page of results.
  const piece = target!.article.title.match(/\p{Script=Han}{4}/u)?.[0] ?? target!.article.title;
  await search.goto(`${word} ${piece}`);
  await expect(search.resultCount).toHaveText(String(countOf([word, piece])));
  await search.resultLinks.filter({ hasText: target!.article.title }).first().click();
  const article = new ArticlePage(page);
  await expect(page).toHaveURL(new RegExp(`/issues/${target!.issue.id}/articles/${target!.article.id}\\?hl=`));
  await expect(article.main.locator('mark').filter({ hasText: word }).first()).toBeVisible();
  await article.screenshot('search-article-highlight');

  await page.goBack();
  await expect(search.input).toHaveValue(`${word} ${piece}`);
  await expect(search.resultCount).toHaveText(String(countOf([word, piece])));
  await page.goForward();
  await expect(article.title).toHaveText(target!.article.title);
});

test('back and forward move between queries', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto(name);
  await expect(search.resultCount).toHaveText(String(countOf([name])));
  await search.input.blur();
  await search.type(word);
  await expect(search.resultCount).toHaveText(String(countOf([word])));
  // The address follows a frame after the answer (search-typed-address.spec.ts): a reader's Back
  // comes later than that; the test's could come within the frame.
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(word)}`);
  await page.goBack();
  await expect(search.input).toHaveValue(name);
  await expect(search.resultCount).toHaveText(String(countOf([name])));
  await page.goForward();
  await expect(search.input).toHaveValue(word);
});

test('several words mean all of them; a quoted phrase stays whole', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto(`${name} ${word}`);
  await expect(search.resultCount).toHaveText(String(countOf([name, word])));
  const title = containing(articles, [word])[0]!.article.title;
  const quoted = title.match(/\S{2,6}/)![0];
  await search.goto(`"${quoted}"`);
  await expect(search.resultCount).toHaveText(String(countOf([quoted])));
});

test('a query in traditional characters finds the simplified text', async ({ page }) => {
  test.skip(!phrase, 'no title changes in traditional characters');
  const search = new SearchPage(page);
  await search.goto(toTraditional(phrase!));
  await expect(search.resultCount).toHaveText(String(countOf([phrase!])));
  await expect(search.marks.first()).toHaveText(phrase!);
});

test('year and byline filters narrow the results, with their counts', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.resultCount).toHaveText(String(countOf([word])));
  const year = yearOf(containing(articles, [word])[0]!);
  const inYear = containing(articles, [word]).filter((a) => yearOf(a) === year).length;
  await expect(search.facet('年份', year)).toContainText(String(inYear));
  await search.facet('年份', year).click();
  await expect(search.resultCount).toHaveText(String(inYear));
  await expect(page).toHaveURL(new RegExp(`from=${year}-01-01`));

  await search.goto(name);
  await search.facet('署名记者', name).click();
  const credited = articles.filter(({ article }) => article.byline.some((c) => c.name === name)).length;
  await expect(search.resultCount).toHaveText(String(credited));
});

test('a person typed in pinyin is suggested', async ({ page }) => {
  const search = new SearchPage(page);
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
  await search.goto(syllables.join(''));
  await expect(search.suggestions.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  await search.goto(syllables.map((s) => s[0]).join(''));
  await search.suggestions.getByRole('link', { name: new RegExp(name) }).click();
  await expect(search.resultCount).toHaveText(String(countOf([name])));
});

test('no results say so and how to widen the search', async ({ page }) => {
  // Common characters in an order no article uses, so the page shows real glyphs, not tofu.
  const absent = ['企鹅冰箱', '火箭面条', '蓝鲸钢琴'].find(
    (q) => !articles.some(({ article }) => searchableTexts(article).some((t) => t.includes(q))),
  )!;
  const search = new SearchPage(page);
  await search.goto(absent);
  await expect(search.resultCount).toHaveText('0');
  await expect(search.noResults).toContainText(absent);
  await search.screenshot('search-no-results');
});

test('/ focuses the search box from any page, but types normally inside a field', async ({ page }) => {
  const search = new SearchPage(page);
  await new IssuePage(page).gotoHome();
  await expect(search.input).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(search.input).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(search.input).toHaveValue('a/b');
});

test('the search page fits a 360px-wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.resultCount).toHaveText(String(countOf([word])));
  expect(await search.scrollWidth()).toBeLessThanOrEqual(360);
  await search.screenshot('search-360');
  await page.screenshot({ path: 'screenshots/search-360-top.png' });
});

test('the front page downloads nothing of the search index, only, once idle, the code of its worker and of the search page; a search downloads only some of the index', async ({ page }) => {
  const searchFiles: string[] = [];
  const workerScripts: string[] = [];
  const scripts: string[] = [];
  page.on('request', (r) => void (r.url().includes('/data/search/') && searchFiles.push(new URL(r.url()).pathname)));
  page.on('request', (r) => void (/\/assets\/search\.worker-[\w-]+\.js$/.test(r.url()) && workerScripts.push(r.url())));
  let lastScriptAt = Date.now();
  page.on('request', (r) => {
    if (r.resourceType() !== 'script') return;
    scripts.push(new URL(r.url()).pathname);
    lastScriptAt = Date.now();
  });
  const idleWorker = page.waitForRequest(/\/assets\/search\.worker-[\w-]+\.js$/);
  await new IssuePage(page).gotoHome();
  await idleWorker;
  await page.waitForLoadState('networkidle');
  // The idle task's scripts are all asked for within a moment of the worker's (networkidle may have
  // been reached before the task ran, and then waits for nothing): a second without a new one.
  await expect.poll(() => Date.now() - lastScriptAt, { timeout: 15_000 }).toBeGreaterThan(1000);
  expect(searchFiles).toEqual([]);
  const beforeSearch = scripts.length;

  const search = new SearchPage(page);
  await search.search(name);
  await expect(search.resultCount).toHaveText(String(countOf([name])));
  // The search page's and the box's code came at idle: a search fetches no script.
  expect(scripts.slice(beforeSearch)).toEqual([]);
  expect(searchFiles.some((f) => /^\/data\/search\/manifest\.[0-9a-f]{8}\.json$/.test(f))).toBe(true);
  expect(searchFiles.some((f) => f.startsWith('/data/search/chunks/'))).toBe(true);
  // The worker started at idle is the one that searched.
  expect(workerScripts).toHaveLength(1);
});

test('a damaged index chunk is reported with a retry that recovers', async ({ page }) => {
  let damaged = true;
  await page.route('**/data/search/chunks/*.bin', (route) =>
    damaged ? route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from([1, 2, 3]) }) : route.fallback(),
  );
  const search = new SearchPage(page);
  await search.goto(name);
  await expect(page.getByRole('alert')).toContainText('检索索引已损坏');
  damaged = false;
  await page.getByRole('button', { name: '重试' }).click();
  await expect(search.resultCount).toHaveText(String(countOf([name])));
});

test('typing while the search page is still loading keeps the page the reader came from', async ({ page }) => {
  // Hold back the search page's code, so later keystrokes arrive before the first navigation ends.
  await page.route(/\/assets\/search-[^/]*\.js$/, async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.fallback();
  });
  const search = new SearchPage(page);
  await new IssuePage(page).gotoHome();
  // Enter after the first character; the rest is typed while the search page is on its way.
  await search.input.click();
  await page.keyboard.type(name.slice(0, 1));
  await page.keyboard.press('Enter');
  for (const part of [name.slice(1, 2), name.slice(2)]) {
    await page.keyboard.type(part);
    await page.waitForTimeout(400);
  }
  await expect(search.resultCount).toHaveText(String(countOf([name])));
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('pinyin still being composed in an input method is not searched; the committed word is', async ({ page }) => {
  const search = new SearchPage(page);
  await new IssuePage(page).gotoHome();
  await search.input.click();
  await search.compose(pinyin(name, { toneType: 'none', type: 'array' }).join(''));
  // Longer than the box waits between keystrokes: had it searched the pinyin, the URL would show it.
  await page.waitForTimeout(500);
  await expect(page).toHaveURL('/');
  await search.commit(name);
  // Committed, the word is suggested (the page stays); Enter shows its results.
  await expect(search.suggestionList).toBeVisible();
  await expect(page).toHaveURL('/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(name)}`);
  await expect(search.resultCount).toHaveText(String(countOf([name])));
});
