import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BasePage } from '../pages/base-page';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { ArticlePage } from '../pages/article-page';
import { CiteDialog, metaContents } from '../pages/cite-dialog';
import { authorsOf, signed, unsigned } from '../support/cite-data';
import { articleBookmark, seedBookmarks } from '../support/bookmark-data';

// The articles come from the built data; the expected strings are written out here by hand in the
// standard's punctuation (half-width ". " and ", ", [N], date as YYYY-MM-DD), not by the app's code.

test('an article with a byline: GB/T 7714, APA and the note style, and the meta tags', async ({ page }) => {
  const { issue, article } = signed;
  const authors = authorsOf(article);
  await new ArticlePage(page).goto(issue.id, article.id);
  const cite = new CiteDialog(page);
  await cite.open();
  await expect(cite.dialog).toBeVisible();
  await expect(cite.text('gbt7714')).toHaveText(`${authors.join(', ')}. ${article.title}[N]. ${issue.paper}, ${issue.date}(1).`);
  const [y, m, d] = issue.date.split('-').map(Number);
  await expect(cite.text('apa')).toHaveText(new RegExp(`^${authors.join('、')}\\. \\(${y}年${m}月${d}日\\)\\. .+\\. ${issue.paper}, 第1版\\. http://localhost:\\d+/issues/${issue.id}/articles/${article.id}$`));
  await expect(cite.text('chicago')).toHaveText(`${authors.join('、')}：《${article.title}》，《${issue.paper}》${y}年${m}月${d}日，第1版。`);

  expect(await metaContents(page, 'citation_title')).toEqual([article.title]);
  expect(await metaContents(page, 'citation_author')).toEqual(authors);
  expect(await metaContents(page, 'citation_date')).toEqual([issue.date.replaceAll('-', '/')]);
  expect(await metaContents(page, 'citation_journal_title')).toEqual([issue.paper]);
  expect(await metaContents(page, 'citation_publisher')).toEqual([issue.paper]);
  // The article's own opening (app/seo: without its dateline, cut at a sentence or with …).
  const description = (await metaContents(page, 'description'))[0]!;
  expect(description.length).toBeGreaterThan(20);
  expect(article.paragraphs[0]!.text).toContain(description.replace(/…$/, ''));
  await expect(page).toHaveTitle(new RegExp(`^${article.title}`));

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: '/tmp/i16-shots/cite-dialog-wide.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/i16-shots/cite-dialog-phone.png' });

  // Leaving the article takes its tags away.
  await page.keyboard.press('Escape');
  await new BasePage(page).open(`/issues/${issue.id}`);
  expect(await metaContents(page, 'citation_title')).toEqual([]);
});

test('an article without a byline starts at its title; copying puts the text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { issue, article } = unsigned;
  await page.emulateMedia({ colorScheme: 'dark' });
  await new ArticlePage(page).goto(issue.id, article.id);
  const cite = new CiteDialog(page);
  await cite.open();
  const expected = `${article.title}[N]. ${issue.paper}, ${issue.date}(1).`;
  await expect(cite.text('gbt7714')).toHaveText(expected);
  expect(await metaContents(page, 'citation_author')).toEqual([]);
  await cite.copyButton('gbt7714').click();
  await expect(cite.dialog.getByText('已复制')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await page.screenshot({ path: '/tmp/i16-shots/cite-dialog-dark.png' });
});

test('RIS, BibTeX and CSL-JSON downloads are read back by citation-js', async ({ page }) => {
  const { issue, article } = signed;
  await new ArticlePage(page).goto(issue.id, article.id);
  const cite = new CiteDialog(page);
  await cite.open();
  for (const label of ['RIS', 'BibTeX', 'CSL-JSON'] as const) {
    const download = await cite.download(label);
    const text = readFileSync((await download.path())!, 'utf8');
    const [read] = new Cite(label === 'CSL-JSON' ? JSON.parse(text) : text).data as Record<string, unknown>[];
    expect(read, label).toBeDefined();
    const item = read!;
    expect(item.title, label).toBe(article.title);
    expect(item['container-title'], label).toBe(issue.paper);
    const people = (item.author ?? item.reporter) as (string | { literal?: string; family?: string; given?: string })[];
    expect(people.map((p) => (typeof p === 'string' ? p : (p.literal ?? `${p.family ?? ''}${p.given ?? ''}`))), label).toEqual(authorsOf(article));
    if (label === 'RIS') expect(text).toContain(`DA  - ${issue.date.replaceAll('-', '/')}`);
    else expect((item.issued as { 'date-parts': number[][] })['date-parts'][0], label).toEqual(issue.date.split('-').map(Number));
  }
});

test('the bookmarks page exports every bookmarked article, with its authors', async ({ page }) => {
  await seedBookmarks(page, [articleBookmark(signed, 2), articleBookmark(unsigned, 1)]);
  const section = page.getByRole('region', { name: /导出收藏文章的引文/ });
  await expect(section).toContainText('2 篇');
  const download = await new CiteDialog(page).download('CSL-JSON', section);
  const items = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { title: string; author?: { literal: string }[] }[];
  const byTitle = new Map(items.map((item) => [item.title, item.author?.map((a) => a.literal) ?? []]));
  expect(byTitle).toEqual(new Map([[signed.article.title, authorsOf(signed.article)], [unsigned.article.title, []]]));
  const ris = readFileSync((await (await new CiteDialog(page).download('RIS', section)).path())!, 'utf8');
  expect(new Cite(ris).data).toHaveLength(2);
});
