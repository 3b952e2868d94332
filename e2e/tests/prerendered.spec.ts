import { expect, test } from '@playwright/test';
import { differingPixels, PrerenderedPages } from '../pages/prerendered';
import { readIssue, readManifest, readIssueSummaries } from '../support/archive-data';
import { readEntityList } from '../support/entity-data';
import { SearchPage } from '../pages/search-page';

// The pages a reader (or a crawler) reaches first, found from the built data, never named here.
function samplePages() {
  const manifest = readManifest();
  const latest = readIssue(manifest.issues[0]!.id);
  const older = readIssue(manifest.issues.at(-1)!.id);
  const article = older.articles.reduce((a, b) => (b.paragraphs.length > a.paragraphs.length ? b : a));
  const person = readEntityList()
    .entities.filter((e) => e.type === 'person')
    .reduce((a, b) => (b.articleCount > a.articleCount ? b : a));
  return { latest, older, article, person };
}

test.describe('with JavaScript disabled', () => {
  test('the front page shows the newest issue, and its links open the articles', async ({ browser }) => {
    const { latest } = samplePages();
    const page = await new PrerenderedPages(browser).withoutScript('/');
    const main = page.getByRole('main');
    for (const article of latest.articles) await expect(main).toContainText(article.title);
    const first = latest.articles[0]!;
    await main.getByRole('link', { name: first.title }).first().click();
    await expect(page).toHaveURL(new RegExp(`/articles/${first.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(first.title);
  });

  test('an article shows its full text, and the issue link leads back to its front page', async ({ browser }) => {
    const { older, article } = samplePages();
    const page = await new PrerenderedPages(browser).withoutScript(`/issues/${older.id}/articles/${article.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title);
    const text = (await page.getByRole('main').innerText()).replace(/\s+/g, '');
    for (const paragraph of article.paragraphs) expect(text).toContain(paragraph.text.replace(/\s+/g, ''));
    await page.getByRole('main').locator(`a[href="/issues/${older.id}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/issues/${older.id}$`));
    await expect(page.getByRole('main')).toContainText(older.articles[0]!.title);
  });

  test('a person page lists the articles that name them, linked', async ({ browser }) => {
    const { person } = samplePages();
    const page = await new PrerenderedPages(browser).withoutScript(`/people/${encodeURIComponent(person.id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(person.name);
    const links = page.getByRole('main').locator('a[href*="/articles/"]');
    expect(await links.count()).toBeGreaterThan(0);
    const href = (await links.first().getAttribute('href'))!;
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  });

  test('the archive lists the issues of its year, linked to their front pages', async ({ browser }) => {
    const summaries = readIssueSummaries();
    const newestYear = summaries[0]!.date.slice(0, 4);
    const page = await new PrerenderedPages(browser).withoutScript('/issues');
    for (const summary of summaries.filter((s) => s.date.startsWith(newestYear))) {
      await expect(page.getByRole('main').locator(`a[href="/issues/${summary.id}"]`).first()).toBeAttached();
    }
  });
});

test("an article's HTML, as a crawler gets it, holds its title, full text and NewsArticle JSON-LD", async ({ request }) => {
  const { older, article } = samplePages();
  const response = await request.get(`/issues/${older.id}/articles/${article.id}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const text = (fragment: string) =>
    fragment
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, '');
  expect(text(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toContain(article.title.replace(/\s+/g, ''));
  const body = text(/<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!);
  for (const paragraph of article.paragraphs) expect(body).toContain(paragraph.text.replace(/\s+/g, ''));
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  const news = blocks.find((block) => block['@type'] === 'NewsArticle');
  expect(news).toMatchObject({ headline: article.title, datePublished: expect.stringContaining(older.date), inLanguage: 'zh-CN' });
  expect(news!.publisher).toMatchObject({ name: older.paper });
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/issues/${older.id}/articles/${article.id}">`));
  expect(html).toContain('<meta property="og:type" content="article">');
});

test.describe('with JavaScript on', () => {
  for (const [name, path] of [
    ['the front page', () => '/'],
    ['an article', () => `/issues/${samplePages().older.id}/articles/${samplePages().article.id}`],
    ['a person page', () => `/people/${encodeURIComponent(samplePages().person.id)}`],
    ['the archive', () => '/issues'],
  ] as const) {
    test(`${name} is hydrated as it was written: no errors, nothing moves`, async ({ browser }) => {
      const pages = new PrerenderedPages(browser);
      const { page, takeover } = await pages.takeover(path());
      expect(takeover.problems).toEqual([]);
      expect(takeover.how).toBe('hydrated');
      expect(takeover.removed).toBe(0);
      expect(takeover.shift, takeover.moved.join('\n')).toBe(0);
      // What the reader sees above the fold is the same picture before and after the app took over
      // (up to a few dozen anti-aliased pixels, where text overlaps a border: 1280 × 900 has 1,152,000).
      const before = await (await pages.withoutScript(path())).screenshot();
      expect(await differingPixels(page, before, await page.screenshot())).toBeLessThan(100);
    });
  }

  test('on a phone in dark mode, an article opened at a paragraph (#p2) hydrates cleanly and marks it', async ({ browser }) => {
    const { older, article } = samplePages();
    const { page, takeover } = await new PrerenderedPages(browser).takeover(`/issues/${older.id}/articles/${article.id}#p2`, {
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
    });
    expect(takeover.problems).toEqual([]);
    expect(takeover.how).toBe('hydrated');
    expect(takeover.removed).toBe(0);
    await expect(page.locator('#p2')).toHaveAttribute('data-marked', 'true');
    await expect(page.getByTestId('theme-toggle')).toHaveAttribute('aria-pressed', 'true');
  });

  test('after hydration the app is a single-page app: a link is followed without loading a document', async ({ browser }) => {
    const { latest } = samplePages();
    const { page } = await new PrerenderedPages(browser).takeover('/');
    let documents = 0;
    page.on('request', (request) => void (request.resourceType() === 'document' && documents++));
    await page.getByRole('main').getByRole('link', { name: latest.articles[0]!.title }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(latest.articles[0]!.title);
    expect(documents).toBe(0);
  });

  test('an address with a query is drawn by the app from the prerendered page, never left half-matched', async ({ browser }) => {
    const { older, article } = samplePages();
    const word = article.title.slice(0, 2);
    const { page, takeover } = await new PrerenderedPages(browser).takeover(`/issues/${older.id}/articles/${article.id}?hl=${encodeURIComponent(word)}`);
    expect(takeover.problems).toEqual([]);
    expect(takeover.how).toBe('rendered');
    await expect(page.locator('mark').first()).toContainText(word);
  });

  test('what the reader typed into the box before the app took it over is kept, suggested and searched', async ({ page }) => {
    const { latest } = samplePages();
    const word = latest.articles[0]!.title.match(/\p{Script=Han}{2}/u)![0];
    // The app's scripts held back, so that the typing comes while the page is still only HTML.
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.fallback();
    });
    await page.goto('/', { waitUntil: 'commit' });
    const box = new SearchPage(page);
    await box.input.click();
    await page.keyboard.insertText(word);
    await expect(page.locator('html[data-app]')).toHaveAttribute('data-app', 'hydrated', { timeout: 20_000 });
    await page.unrouteAll();
    await expect(box.input).toHaveValue(word);
    await expect(box.suggestionList).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/search?q=${encodeURIComponent(word)}`);
    await expect(box.resultCount).toBeVisible();
  });
});

