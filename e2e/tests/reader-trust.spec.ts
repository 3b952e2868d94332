import { expect, test } from '@playwright/test';
import { BasePage } from '../pages/base-page';
import type { Locator, Page } from '@playwright/test';
import { readIssue, readManifest } from '../support/archive-data';
import { readEntity, readEntityList } from '../support/entity-data';
import { ArticlePage } from '../pages/article-page';
import { IssuePage } from '../pages/issue-page';
import { EntityPage } from '../pages/reader-pages';
import { SearchPage } from '../pages/search-page';
import { BookmarkToggle } from '../pages/bookmarks-page';
import { NotFoundPage } from '../pages/not-found-page';

// Issue 13, as a demanding reader tries the app. Every expectation comes from the built data.
const manifest = readManifest();
const issues = manifest.issues.map((entry) => readIssue(entry.id));
const allArticles = issues.flatMap((issue) => issue.articles.map((article) => ({ issue, article })));
const rich = [...allArticles].sort((a, b) => b.article.mentions.length - a.article.mentions.length)[0]!;
const photo = allArticles.find((a) => a.article.kind === 'photo');
const entities = readEntityList().entities;

/** Where each line of an element's text starts (character offsets into its textContent). */
async function lineStarts(heading: Locator): Promise<{ text: string; starts: number[] }> {
  return heading.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const starts: number[] = [];
    let text = '';
    let lastTop = Number.NEGATIVE_INFINITY;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        const ch = value[i]!;
        if (rect && !/\s|\u200b/.test(ch)) {
          if (rect.top > lastTop + rect.height / 2) {
            if (lastTop !== Number.NEGATIVE_INFINITY) starts.push(text.length);
            lastTop = rect.top;
          }
        }
        text += ch;
      }
    }
    return { text, starts };
  });
}

/** Breaks that cut a word: the word segmenter's boundaries, with a single Han letter kept on its word. */
async function wordCuts(page: Page, text: string, starts: number[]): Promise<string[]> {
  return page.evaluate(
    ([t, s]) => {
      const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
      const boundaries = new Set<number>([0, t.length]);
      for (const seg of segmenter.segment(t)) boundaries.add(seg.index);
      return s
        .filter((at) => {
          const before = t.slice(0, at).replace(/[\s\u200b]+$/, '');
          if (/[\s\u200b\p{P}]$/u.test(t.slice(0, at)) || /^\p{P}/u.test(t.slice(at))) return false;
          return !boundaries.has(at) || before.length === 0;
        })
        .map((at) => `${t.slice(Math.max(0, at - 4), at)}/${t.slice(at, at + 4)}`);
    },
    [text, starts] as const,
  );
}

test.describe('5: headlines break between words', () => {
  for (const width of [390, 1280]) {
    test(`no headline breaks inside a word at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const front = new IssuePage(page);
      const cuts: string[] = [];
      for (const issue of issues) {
        await front.goto(issue.id);
        await front.webFontsReady();
        const headings = front.articleTitles;
        for (let i = 0; i < (await headings.count()); i++) {
          const { text, starts } = await lineStarts(headings.nth(i));
          cuts.push(...(await wordCuts(page, text, starts)));
        }
      }
      expect(cuts).toEqual([]);
    });
  }

  test('a headline in decks breaks at the space between them first', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    // The longest decked headline whose decks each fit a phone line (about 11 letters at 28px).
    const decked = allArticles
      .filter(({ article }) => / /.test(article.title) && article.title.split(' ').every((d) => d.length <= 11))
      .sort((a, b) => b.article.title.length - a.article.title.length)[0]!;
    const reader = new ArticlePage(page);
    await reader.goto(decked.issue.id, decked.article.id);
    await reader.webFontsReady();
    const { text, starts } = await lineStarts(reader.title);
    const deckStarts = [...text.matchAll(/ /g)].map((m) => m.index + 1);
    expect(starts.length).toBeGreaterThan(0);
    // Each deck fits a phone line, so every line starts a deck.
    expect(starts.filter((at) => !deckStarts.includes(at))).toEqual([]);
  });
});

test.describe('6: names as a Chinese reader expects them', () => {
  const slipped = entities.find((e) => e.type === 'person' && readEntity('person', e.id).aliases.some((a) => a.length === e.name.length + 1));
  test('an OCR slip is shown as such, never as another name', async ({ page }) => {
    test.skip(!slipped, 'no OCR variant in the built data');
    const entity = new EntityPage(page);
    await entity.goto('person', slipped!.id);
    await expect(entity.header).not.toContainText('又作');
    await expect(entity.header.getByText(/OCR 异文/)).toBeVisible();
  });
});

test.describe('7: page information', () => {
  const issue = issues[0]!;
  test('the front page, the article and the printout say this is the front page', async ({ page }) => {
    const front = new IssuePage(page);
    await front.goto(issue.id);
    const banner = front.main.locator('header').first();
    await expect(banner).toContainText('头版');
    await expect(banner).not.toContainText(/本期 \d+ 篇/);
    const article = issue.articles[1]!;
    const reader = new ArticlePage(page);
    await reader.goto(issue.id, article.id);
    await expect(reader.main.getByTestId('article-page-info')).toContainText('头版');
    await page.emulateMedia({ media: 'print' });
    await expect(reader.backToIssue).toBeHidden();
    const source = reader.main.getByTestId('print-source');
    await expect(source).toBeVisible();
    await expect(source).toContainText(page.url());
    await expect(source).toContainText('头版');
  });
});

test.describe('8: entity pages tell time and counts truthfully', () => {
  // The entity whose months in the news are furthest apart, so the axis has gaps to show.
  const spread = entities
    .map((e) => readEntity(e.type, e.id))
    .filter((e) => e.timeline.length >= 2)
    .map((e) => {
      const months = e.timeline.map((t) => Number(t.month.slice(0, 4)) * 12 + Number(t.month.slice(5, 7)) - 1);
      return { e, span: months.at(-1)! - months[0]! + 1 };
    })
    .sort((a, b) => b.span - a.span)[0]!;

  test('the time axis is continuous, and a bar opens that period\'s articles', async ({ page }) => {
    const entity = new EntityPage(page);
    await entity.goto(spread.e.type, spread.e.id);
    await expect(entity.timeline.locator('[data-period]')).toHaveCount(spread.span);
    const first = spread.e.timeline[0]!;
    const bar = entity.timeline.getByRole('link').first();
    await bar.click();
    const search = new SearchPage(page);
    const key = spread.e.type === 'person' ? 'person' : 'place';
    await expect(page).toHaveURL(new RegExp(`${key}=`));
    await expect(page).toHaveURL(new RegExp(`from=${first.month}-01`));
    await expect(search.results.first()).toBeVisible();
  });

  test('"search the full text" finds as many articles as the page lists', async ({ page }) => {
    const aliased = entities
      .filter((e) => e.type === 'place')
      .map((e) => readEntity('place', e.id))
      .find((e) => e.aliases.length > 0 && e.articleCount > 1)!;
    const entity = new EntityPage(page);
    await entity.goto('place', aliased.id);
    await entity.main.getByRole('link', { name: /在全文中搜索/ }).click();
    const search = new SearchPage(page);
    await expect(search.resultCount).toContainText(new RegExp(`${aliased.articleCount}`));
  });
});

test.describe('11: keyboard', () => {
  test('the article text is one tab stop, arrow keys move between its people and places', async ({ page }) => {
    const reader = new ArticlePage(page);
    await reader.goto(rich.issue.id, rich.article.id);
    await expect(reader.entityLinks.first()).toBeVisible();
    const stops = await reader.entityLinks.evaluateAll((links) => links.filter((l) => (l as HTMLElement).tabIndex >= 0).length);
    expect(stops).toBe(1);
    const tabbable = reader.entityLinks.and(page.locator('[tabindex="0"]'));
    await tabbable.focus();
    const firstName = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowRight');
    const secondName = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') + ':' + document.activeElement?.textContent);
    expect(secondName).toMatch(/^entity-link:/);
    expect(secondName).not.toBe(`entity-link:${firstName}`);
  });

  test('b says what it did, and a removal can be undone', async ({ page }) => {
    const reader = new ArticlePage(page);
    const toggle = new BookmarkToggle(page);
    await reader.goto(rich.issue.id, rich.article.id);
    await toggle.pressShortcut();
    await expect(page.getByRole('status').filter({ hasText: '已收藏' })).toBeVisible();
    await page.keyboard.press('b');
    await expect(toggle.button).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('status').filter({ hasText: '已取消收藏' })).toBeVisible();
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(toggle.button).toHaveAttribute('aria-pressed', 'true');
  });

  test('j on the last article and [ on the oldest issue say there is nothing further', async ({ page }) => {
    const oldest = issues.at(-1)!;
    const reader = new ArticlePage(page);
    await reader.goto(oldest.id, oldest.articles.at(-1)!.id);
    await expect(reader.title).toBeVisible();
    await page.keyboard.press('j');
    await expect(page.getByRole('status').filter({ hasText: '最后一篇' })).toBeVisible();
    const front = new IssuePage(page);
    await front.goto(oldest.id);
    await expect(front.leadHeadline).toBeVisible();
    await page.keyboard.press('[');
    await expect(page.getByRole('status').filter({ hasText: '最早的一期' })).toBeVisible();
  });
});

test.describe('12: photo news', () => {
  test('photo news is its caption and credit, with no empty picture box', async ({ page }) => {
    test.skip(!photo, 'no photo news in the built data');
    const front = new IssuePage(page);
    await front.goto(photo!.issue.id);
    const item = front.articles.filter({ hasText: photo!.article.title });
    await expect(item.locator('[class*="aspect-"]')).toHaveCount(0);
    await expect(item.getByTestId('photo-marker')).toBeVisible();
    const photographers = photo!.article.byline.filter((c) => c.role === 'photographer').map((c) => c.name);
    if (photographers.length) await expect(item.getByTestId('photo-credit')).toContainText(photographers[0]!);
    const box = await item.getByTestId('photo-marker').boundingBox();
    expect(box!.height).toBeLessThan(40);
  });
});

test.describe('14: small inconsistencies', () => {
  test('an address with a date outside the archive offers the nearest issue', async ({ page }) => {
    await new BasePage(page).open('/issues/1999-01-01');
    const oldest = issues.at(-1)!;
    await expect(new NotFoundPage(page).main.getByRole('link', { name: new RegExp(`${Number(oldest.date.slice(0, 4))}年`) })).toHaveAttribute(
      'href',
      `/issues/${oldest.id}`,
    );
  });

  test('phones do not show keyboard hints', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const reader = new ArticlePage(page);
    await reader.goto(issues[0]!.id, issues[0]!.articles[1]!.id);
    await expect(reader.main.getByText('下一篇', { exact: false }).first()).toBeVisible();
    await expect(reader.main.getByText('（j）')).toBeHidden();
  });

  test('a single-word search with no result does not say "同时包含"', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('瞾瞾瞾');
    await expect(search.main.getByText(/没有找到/)).toBeVisible();
    await expect(search.main.getByText(/同时包含/)).toHaveCount(0);
  });
});

test.describe('13: slow network', () => {
  test('code examples take their Chinese from the web font, never a monospace face without it', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    const code = search.main.locator('code').first();
    await expect(code).toBeVisible();
    expect(await code.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Noto Serif SC/);
  });

  test('on a slow line the search index is not made to share it with the web font', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 2_000_000 / 8, uploadThroughput: 2_000_000 / 8 });
    const cjkSlices: number[] = [];
    // The CJK slices are numbered (noto-serif-sc-45-400-normal…); the Latin ones are not.
    page.on('request', (request) => /noto-serif-sc-\d+-/.test(request.url()) && cjkSlices.push(Date.now()));
    // When the answer reached the page's DOM, by the page's clock: the app releases the fonts in the
    // same task (and Playwright's own check of visibility comes some time after).
    await page.addInitScript(() => {
      const w = window as unknown as { answeredAt?: number };
      new MutationObserver(() => void (w.answeredAt ??= document.querySelector('[data-testid="result-count"]') ? Date.now() : undefined)).observe(document, {
        subtree: true,
        childList: true,
      });
    });
    const search = new SearchPage(page);
    await search.goto('株洲');
    await expect(search.resultCount).toBeVisible({ timeout: 60_000 });
    const answered = await page.evaluate(() => (window as unknown as { answeredAt: number }).answeredAt);
    expect(cjkSlices.filter((t) => t < answered)).toEqual([]);
    await expect.poll(() => cjkSlices.length, { timeout: 30_000 }).toBeGreaterThan(0);
  });
});
