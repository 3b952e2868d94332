import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { chineseDate, readIssueSummaries, readManifest } from '../support/archive-data';
import { readEntity, readEntityList } from '../support/entity-data';
import { ArchivePage, EntityListPage, EntityPage } from '../pages/reader-pages';
import { IssuePage } from '../pages/issue-page';
import { SearchPage } from '../pages/search-page';
import { builtArticles, containing } from '../support/search-truth';
import { dataFiles, dataPaths } from '../../src/schema/paths';

// The main journeys over the large archive (DIST_DIR, dist-10y by default); every expectation is
// read from the built data. What matters at scale: only the files a page needs are downloaded,
// and long lists render a page at a time.
const manifest = readManifest();
const summaries = readIssueSummaries();
const [latest] = summaries;
const oldest = summaries.at(-1);
if (!latest || !oldest || manifest.years.length < 2) throw new Error('the scale tests need an archive spanning several years');
const entities = readEntityList().entities;

/** Paths under data/ that the page fetched, in order. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = decodeURIComponent(new URL(request.url()).pathname);
    if (path.startsWith('/data/')) seen.push(path.slice(1));
  });
  return seen;
}

test('the front page downloads the small manifest and the latest issue, nothing per year', async ({ page }) => {
  const requests = dataRequests(page);
  const front = new IssuePage(page);
  await front.gotoHome();
  await expect(front.leadHeadline).toHaveText(latest.headline);
  await expect(front.main.getByText(chineseDate(latest.date).date).first()).toBeVisible();
  expect(requests.sort()).toEqual([dataPaths.issue(latest.id, manifest.issues[0]!.hash), dataPaths.manifest].sort());
  const distData = fileURLToPath(new URL(`../../${process.env.DIST_DIR}/`, import.meta.url));
  expect(gzipSync(readFileSync(distData + dataPaths.manifest)).length).toBeLessThanOrEqual(100 * 1024);
});

test('the archive calendar loads one year at a time and opens the oldest issue', async ({ page }) => {
  const requests = dataRequests(page);
  const archive = new ArchivePage(page);
  await archive.goto();
  const [year, month] = latest.date.split('-').map(Number);
  await expect(archive.calendar.locator('caption')).toHaveText(`${year}年${month}月`);
  await expect(archive.years).toHaveCount(manifest.years.length);
  const thisYear = summaries.filter((s) => s.date.startsWith(`${year}-`));
  await expect(archive.listLinks).toHaveCount(thisYear.length);

  const [oldYear, oldMonth] = oldest.date.split('-').map(Number);
  await archive.years.filter({ hasText: `${oldYear}年` }).click();
  await archive.months.filter({ hasText: new RegExp(`^${oldMonth}月`) }).click();
  await expect(archive.calendar.locator('caption')).toHaveText(`${oldYear}年${oldMonth}月`);
  await expect(archive.dayLink(oldest.date).first()).toHaveAttribute('aria-label', new RegExp(oldest.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const volumeOf = (y: number) => dataPaths.named(manifest.years.find((ref) => ref.year === y)!.file);
  const volumes = manifest.years.map((ref) => dataPaths.named(ref.file));
  expect(requests.filter((path) => volumes.includes(path)).sort()).toEqual([volumeOf(oldYear!), volumeOf(year!)].sort());

  await archive.dayLink(oldest.date).first().click();
  await expect(page).toHaveURL(`/issues/${oldest.id}`);
  await expect(new IssuePage(page).masthead).toHaveText(oldest.paper);
});

test('the most mentioned entity opens with its newest articles only, and shows more on demand', async ({ page }) => {
  const top = [...entities].sort((a, b) => b.articleCount - a.articleCount)[0]!;
  const detail = readEntity(top.type, top.id);
  expect(detail.earlierYears.length).toBeGreaterThan(0);
  const requests = dataRequests(page);
  const entity = new EntityPage(page);
  await entity.goto(top.type, top.id);
  await expect(entity.name).toHaveText(detail.name);
  await expect(entity.main.getByRole('heading', { name: `相关报道（${detail.articleCount}）` })).toBeVisible();
  await expect(entity.articleTitles.first()).toHaveText(detail.articles[0]!.title);
  const firstPage = await entity.articleTitles.count();
  // Two pages fit in the newest year, so no earlier year is needed for them.
  expect(detail.articles.length).toBeGreaterThanOrEqual(firstPage * 2);
  await entity.showMore.click();
  await expect(entity.articleTitles).toHaveCount(Math.min(firstPage * 2, detail.articleCount));
  await expect(entity.timeline.getByRole('listitem')).toHaveCount(detail.timeline.length);
  // Ten years of articles stay on the server until the rows reach them. The list comes first: it
  // names the entity's file by its hash.
  expect(requests.filter((path) => path.startsWith('data/entities/'))).toEqual([`data/${manifest.entities}`, `data/${dataFiles.entity(top.type, top.id, top.hash)}`]);
});

test('the people list filters as you type', async ({ page }) => {
  const people = entities.filter((e) => e.type === 'person');
  // The filter reads the name, the description, other names and every role (lib/name-filter.ts).
  const matches = (surname: string) =>
    people.filter((p) => [p.name, p.description, ...(p.aliases ?? []), ...(p.roles ?? [])].some((text) => text.includes(surname)));
  // The commonest surname: shared by several people but not all, so the filter really narrows the list.
  const surname = [...new Set(people.map((p) => p.name[0]!))].sort((a, b) => matches(b).length - matches(a).length)[0]!;
  const expected = matches(surname);
  expect(expected.length).toBeGreaterThan(1);
  expect(expected.length).toBeLessThan(people.length);

  const list = new EntityListPage(page);
  await list.goto('people');
  await expect(list.count).toHaveText(`共 ${people.length} 个`);
  await list.filter.fill(surname);
  await expect(list.count).toHaveText(`筛选出 ${expected.length} 个`);
  await expect(list.names.first()).toBeVisible();
  const shown = await list.names.allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const name of shown) expect(expected.map((p) => p.name)).toContain(name);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(surname)}`));
});

test('a search over ten years counts every article with the name and downloads only part of the index', async ({ page }) => {
  const articles = builtArticles();
  const person = [...entities].filter((e) => e.type === 'person').sort((a, b) => b.articleCount - a.articleCount)[0]!;
  const expected = containing(articles, [person.name]);
  const requests = dataRequests(page);
  const search = new SearchPage(page);
  await new IssuePage(page).gotoHome();
  await search.search(person.name);
  await expect(search.resultCount).toHaveText(String(expected.length));
  await expect(search.results).toHaveCount(Math.min(20, expected.length));
  const titles = new Set(expected.map((a) => a.article.title));
  for (const title of await search.resultLinks.allTextContents()) expect(titles).toContain(title);
  const chunks = requests.filter((path) => path.startsWith('data/search/chunks/'));
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.length).toBeLessThanOrEqual(person.name.length);
});
