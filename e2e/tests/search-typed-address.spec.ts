import { expect, test, type Page } from '@playwright/test';
import { SearchPage } from '../pages/search-page';
import { builtArticles, containing } from '../support/search-truth';

// On the results page a typed query's answer is drawn first and its address written after the
// frame that shows it (hooks/shown-state.ts, search-client's sendFromResultsPage). The page's
// timers and animation frames are held with Playwright's clock, so "after" waits until released.
const articles = builtArticles();
const countOf = (needles: string[]) => containing(articles, needles).length;
const bylines = [...new Set(articles.flatMap(({ article }) => article.byline.map((c) => c.name)))];
const name = bylines.sort((a, b) => countOf([b]) - countOf([a]))[0]!;
const words = [...new Set(articles.flatMap(({ article }) => article.title.match(/\p{Script=Han}{2}/gu) ?? []))];
const word = words.filter((w) => countOf([w]) > 1 && countOf([w]) !== countOf([name])).sort((a, b) => countOf([b]) - countOf([a]))[0]!;
const hrefOf = (q: string) => `/search?q=${encodeURIComponent(q)}`;

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

/** From here on, the page's timers and animation frames wait for `page.clock.runFor`. */
const holdTimers = async (page: Page) => page.clock.pauseAt(Date.now() + 60_000);

/** On the results for `name`, with the page's timers held, `word` typed: its answer is on screen. */
async function typedOnResults(page: Page): Promise<SearchPage> {
  const search = new SearchPage(page);
  await search.goto(name);
  await expect(search.resultCount).toHaveText(String(countOf([name])));
  await holdTimers(page);
  await search.type(word);
  await expect(search.resultCount).toHaveText(String(countOf([word])));
  return search;
}

test('the typed query shows with its answer, then its address is written, as one history entry', async ({ page }) => {
  // The answer and the heading follow the typing while the address still holds the query before it.
  const search = await typedOnResults(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(word);
  await expect(page).toHaveURL(hrefOf(name));
  await page.clock.runFor(500);
  await expect(page).toHaveURL(hrefOf(word));
  await expect(page).toHaveTitle(new RegExp(`^${word} · 搜索`));
  // Typed letter by letter, each letter's answer drawn in turn: still one entry, back returns to the query before.
  await page.goBack();
  await expect(page).toHaveURL(hrefOf(name));
  await expect(search.input).toHaveValue(name);
  await expect(search.resultCount).toHaveText(String(countOf([name])));
});

test('a result followed before the typed query’s address is written stays followed', async ({ page }) => {
  const search = await typedOnResults(page);
  const first = search.resultLinks.first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*${href!.split('?')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // The typed query's address would now be written: it is not, the article stays.
  await page.clock.runFor(500);
  await expect(page).toHaveURL(new RegExp(href!.split('?')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('搜索');
  // Back returns to the results as they were shown.
  await page.goBack();
  await expect(page).toHaveURL(hrefOf(name));
});

test('typed letter by letter with each address written as it goes, the box keeps every letter', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto(name);
  await expect(search.resultCount).toHaveText(String(countOf([name])));
  await search.input.click();
  await search.input.clear();
  for (const letter of word) {
    await page.keyboard.insertText(letter);
    await page.clock.runFor(200);
  }
  await expect(page).toHaveURL(hrefOf(word));
  await expect(search.input).toHaveValue(word);
  await expect(search.resultCount).toHaveText(String(countOf([word])));
  await page.goBack();
  await expect(page).toHaveURL(hrefOf(name));
});

