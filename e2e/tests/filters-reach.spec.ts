import { expect, test } from '@playwright/test';
import { Converter } from 'opencc-js/cn2t';
import { pinyin } from 'pinyin-pro';
import { EntityListPage } from '../pages/reader-pages';
import { SearchPage } from '../pages/search-page';
import { readEntity, readEntityList } from '../support/entity-data';
import { builtArticles, containing } from '../support/search-truth';

// The /people and /places filters understand what search understands (pinyin, initials,
// traditional characters, roles, the places above), and every facet value can be chosen.
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const list = readEntityList().entities;
const people = list.filter((e) => e.type === 'person');
// A person whose name changes in traditional script, and whose pinyin initials are unique enough.
const person = people.find((p) => toTraditional(p.name) !== p.name) ?? people[0]!;
const syllables = pinyin(person.name, { toneType: 'none', type: 'array', surname: 'head' });

test.describe('/people and /places filters', () => {
  test('a name typed in pinyin, as initials or in traditional characters finds the person', async ({ page }) => {
    const listPage = new EntityListPage(page);
    await listPage.goto('people');
    await expect(listPage.rows.first()).toBeVisible();
    for (const typed of [syllables.join(''), syllables.map((s) => s[0]).join(''), toTraditional(person.name)]) {
      await listPage.filter.fill(typed);
      await expect(listPage.names.filter({ hasText: new RegExp(`^${person.name}$`) }), typed).toHaveCount(1);
    }
  });

  test('a role the person held, even not the one described, finds the person', async ({ page }) => {
    const holder = people.map((p) => ({ p, roles: readEntity('person', p.id).roles })).find(({ p, roles }) => roles.some((r) => !p.description.includes(r)));
    test.skip(!holder, 'no person with a role beyond the one described');
    const role = holder!.roles.find((r) => !holder!.p.description.includes(r))!;
    const listPage = new EntityListPage(page);
    await listPage.goto('people');
    await listPage.filter.fill(role);
    await expect(listPage.names.filter({ hasText: new RegExp(`^${holder!.p.name}$`) })).toHaveCount(1);
  });

  test('places filter by the places above, and do not promise 职务', async ({ page }) => {
    const place = list.find((e) => e.type === 'place' && e.description.includes(' · '))!;
    const above = place.description.split(' · ')[0]!;
    const listPage = new EntityListPage(page);
    await listPage.goto('places');
    await expect(listPage.filter).not.toHaveAttribute('placeholder', /职务/);
    await listPage.filter.fill(above);
    await expect(listPage.names.filter({ hasText: new RegExp(`^${place.name}$`) })).toHaveCount(1);
  });
});

test.describe('search facets', () => {
  const articles = builtArticles();
  // The query whose person facet has the most values: more than the eight shown at first.
  const chars = [...new Set(articles.flatMap(({ article }) => [...article.title].filter((c) => /\p{Script=Han}/u.test(c))))];
  const personCount = (q: string) => new Set(containing(articles, [q]).flatMap(({ article }) => article.mentions.filter((m) => m.type === 'person').map((m) => m.entityId))).size;
  const q = chars.sort((a, b) => personCount(b) - personCount(a))[0]!;

  test('every value can be reached: all shown on demand, or found by typing', async ({ page }) => {
    expect(personCount(q)).toBeGreaterThan(8);
    const search = new SearchPage(page);
    await search.goto(q);
    const group = search.main.getByRole('region', { name: '人物' });
    await expect(group.getByRole('link')).toHaveCount(8);
    await group.getByRole('button', { name: /显示全部/ }).click();
    await expect(group.getByRole('link')).toHaveCount(personCount(q));

    // The last value of all, found by typing its pinyin in the group's own filter, then chosen.
    const last = (await group.getByRole('link').last().textContent())!.replace(/\s*\d+$/, '');
    await search.goto(q);
    await group.getByRole('searchbox').fill(pinyin(last, { toneType: 'none', type: 'array', surname: 'head' }).join(''));
    await expect(group.getByRole('link', { name: new RegExp(`^${last}\\s*\\d+$`) })).toBeVisible();
    await group.getByRole('link', { name: new RegExp(`^${last}\\s*\\d+$`) }).click();
    await expect(page).toHaveURL(new RegExp(`person=${encodeURIComponent(last)}`));
  });
});
