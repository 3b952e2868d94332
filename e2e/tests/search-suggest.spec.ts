import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BasePage } from '../pages/base-page';
import { Converter } from 'opencc-js/cn2t';
import { IssuePage } from '../pages/issue-page';
import { SearchPage } from '../pages/search-page';
import { readSuggestions } from '../support/suggest-data';
import { builtArticles } from '../support/search-truth';

// Every name, spelling and title comes from the built suggestion file.
const { entities, titles } = readSuggestions();
const people = entities.filter(([type]) => type === 'person');
const toTraditional = Converter({ from: 'cn', to: 'tw' });
// The most-mentioned person whose name reads differently in traditional characters.
const person = people.find(([, , name]) => toTraditional(name) !== name) ?? people[0];
if (!person) throw new Error('the built data has no people to suggest');
const [, personId, personName, , personPinyin] = person;
const aliased = entities.find(([, , , aliases]) => aliases.some((a) => a.length >= 3 && !entities.some(([, , other]) => other === a)));
// A title and a piece of it no other title holds.
const titled = titles.find(([title]) => title.length >= 8 && titles.filter(([t]) => t.includes(title.slice(1, 6))).length === 1);
const href = (type: string, id: string) => `/${type === 'person' ? 'people' : 'places'}/${encodeURIComponent(id)}`;

async function openOn(page: Page) {
  const search = new SearchPage(page);
  await new IssuePage(page).gotoHome();
  return search;
}

for (const [label, typed] of [
  ['the name', personName],
  ['its pinyin', personPinyin],
  ['traditional characters', toTraditional(personName)],
] as const) {
  test(`typing ${label} suggests the person first; the keyboard opens their page`, async ({ page }) => {
    const search = await openOn(page);
    await search.type(typed);
    await expect(search.suggestionOptions.first()).toContainText(personName);
    await expect(search.suggestionOptions.first()).toContainText('人物');
    await expect(search.suggestionOptions.last()).toContainText(`在全文中搜索 ${typed}`);
    await expect(page).toHaveURL('/'); // suggesting never leaves the page being read
    await page.keyboard.press('ArrowDown');
    await expect(search.input).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href('person', personId));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(personName);
  });
}

test('an OCR-damaged spelling leads to the right entity', async ({ page }) => {
  test.skip(!aliased, 'no entity with a distinct alias in the built data');
  const [type, id, name, aliases] = aliased!;
  const alias = aliases.find((a) => a.length >= 3)!;
  const search = await openOn(page);
  await search.type(alias);
  await expect(search.suggestionOptions.first()).toContainText(name);
  await search.suggestionOptions.first().click();
  await expect(page).toHaveURL(href(type, id));
});

test('a piece of a title suggests the article, which the mouse opens', async ({ page }) => {
  test.skip(!titled, 'no distinctive title in the built data');
  const [title, issueId, articleId] = titled!;
  const search = await openOn(page);
  await search.type(title.slice(1, 6));
  const option = search.suggestionOptions.filter({ hasText: title });
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('文章');
  await option.click();
  await expect(page).toHaveURL(`/issues/${issueId}/articles/${articleId}`);
});

test('Escape closes the suggestions, then leaves the box, and never leaves the article', async ({ page }) => {
  const { issue, article } = builtArticles()[0]!;
  const articlePath = `/issues/${issue.id}/articles/${article.id}`;
  await new BasePage(page).open(articlePath);
  const search = new SearchPage(page);
  // The reader was on the masthead's home link, then went to the box: Escape brings them back there.
  const home = page.locator('header a').first();
  await home.focus();
  await search.input.focus();
  await page.keyboard.type(personName);
  await expect(search.suggestionList).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search.suggestionList).toHaveCount(0);
  await expect(search.input).toBeFocused();
  await expect(search.input).toHaveValue(personName);
  await expect(search.input).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(search.input).not.toBeFocused();
  await expect(home).toBeFocused();
  await expect(page).toHaveURL(articlePath);
  // Emptying the box from another page never strands the reader on an empty /search.
  await search.input.focus();
  await search.input.fill('');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(articlePath);
});

test('Enter with no row chosen searches the full text', async ({ page }) => {
  const search = await openOn(page);
  await search.type(personName);
  await expect(search.suggestionList).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(personName)}`);
  await expect(search.resultCount).toBeVisible();
});

test('the open dropdown passes axe, wide, on a phone and dark; the front page loads none of it', async ({ page }) => {
  const suggestFiles: string[] = [];
  page.on('request', (r) => void (r.url().includes('/data/search/suggest.') && suggestFiles.push(r.url())));
  const search = await openOn(page);
  await page.waitForLoadState('networkidle');
  expect(suggestFiles).toEqual([]);
  for (const [name, width, dark] of [['wide', 1280, false], ['phone', 390, false], ['dark', 1280, true]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await search.type(personName.slice(0, 1));
    await expect(search.suggestionOptions.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await search.webFontsReady();
    await page.screenshot({ path: `screenshots/suggest-${name}.png` });
  }
  expect(suggestFiles).toHaveLength(1);
});
