import { expect, test } from '@playwright/test';
import { BasePage } from '../pages/base-page';
import { ArticlePage } from '../pages/article-page';
import { SearchPage } from '../pages/search-page';
import { builtArticles } from '../support/search-truth';

// A search word often runs across a name: 市长阳卫国 (a role, then the person), 醴陵市枫林镇 (two
// places), "国家主席习近平". Found from the built data: a person mentioned right after two Han
// characters, in a paragraph.
function crossingMention() {
  for (const { issue, article } of builtArticles()) {
    for (const m of article.mentions) {
      if (m.field !== 'paragraph' || m.type !== 'person' || m.start < 2) continue;
      const text = article.paragraphs[m.paragraph]!.text;
      const before = text.slice(m.start - 2, m.start);
      if (!/^\p{Script=Han}{2}$/u.test(before) || m.end + 1 >= text.length) continue;
      return { issue, article, text, mention: m, before, after: text.slice(m.end, m.end + 1) };
    }
  }
  throw new Error('no person mentioned after two Han characters in the built data');
}

test.describe('highlights across a mention', () => {
  const found = crossingMention();
  const name = found.text.slice(found.mention.start, found.mention.end);

  test('a word that starts before a name and ends inside it is marked whole', async ({ page }) => {
    const article = new ArticlePage(page);
    const word = found.before + name;
    await new BasePage(page).open(`/issues/${found.issue.id}/articles/${found.article.id}?hl=${encodeURIComponent(word)}`);
    await expect(article.title).toBeVisible();
    // Marked across the link: the two characters before it and the name inside it, nothing dropped.
    const marks = article.main.locator('mark');
    await expect(marks.first()).toBeVisible();
    const marked = await marks.allTextContents();
    expect(marked.join('')).toContain(word);
    // The mention is still a link to the person.
    await expect(article.entityLinks.filter({ hasText: name }).first()).toBeVisible();
  });

  test('a word that starts inside a name and ends after it is marked whole', async ({ page }) => {
    const article = new ArticlePage(page);
    const word = name.slice(1) + found.after;
    await new BasePage(page).open(`/issues/${found.issue.id}/articles/${found.article.id}?hl=${encodeURIComponent(word)}`);
    await expect(article.title).toBeVisible();
    await expect(article.main.locator('mark').first()).toBeVisible();
    expect((await article.main.locator('mark').allTextContents()).join('')).toContain(word);
  });

  test('a quoted phrase across a name, searched and opened, is marked in the article', async ({ page }) => {
    const search = new SearchPage(page);
    const phrase = found.before + name;
    await search.goto(`"${phrase}"`);
    const result = search.result(found.issue.id, found.article.id);
    await expect(result).toBeVisible();
    await result.getByRole('heading', { level: 2 }).getByRole('link').click();
    const article = new ArticlePage(page);
    await expect(article.title).toHaveText(found.article.title);
    await expect(article.main.locator('mark').first()).toBeVisible();
    expect((await article.main.locator('mark').allTextContents()).join('')).toContain(phrase);
  });
});
