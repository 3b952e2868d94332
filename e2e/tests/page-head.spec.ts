/**
 * The tab title and the description the app sets are the ones the prerendered <head> carries
 * (src/app/seo/page-meta.ts), page by page and after moving within the app: no flip at hydration, no
 * stale description after a click.
 */
import { expect, test } from '@playwright/test';
import { readIssue, readManifest } from '../support/archive-data';
import { readEntity, readEntityList } from '../support/entity-data';
import { ArchivePage, EntityListPage, EntityPage } from '../pages/reader-pages';
import { ArticlePage } from '../pages/article-page';
import { IssuePage } from '../pages/issue-page';
import { archiveMeta, articleMeta, entityListMeta, entityMeta, homeMeta, issueMeta, type PageMeta } from '../../src/app/seo/page-meta';

const manifest = readManifest();
const issues = manifest.issues.map((entry) => readIssue(entry.id));
const entities = readEntityList().entities;
// An article with a dateline and a long first paragraph, so its description is the cut opening.
const { issue, article } = issues
  .flatMap((i) => i.articles.map((a) => ({ issue: i, article: a })))
  .sort((a, b) => b.article.paragraphs[0]!.text.length - a.article.paragraphs[0]!.text.length)[0]!;
const personRow = entities.find((e) => e.type === 'person' && e.description)!;
const placeRow = entities.find((e) => e.type === 'place')!;

async function expectHead(page: IssuePage | ArticlePage | EntityPage | ArchivePage | EntityListPage, meta: PageMeta) {
  await expect(page.page).toHaveTitle(meta.title);
  await expect(page.description).toHaveCount(1);
  await expect(page.description).toHaveAttribute('content', meta.description);
}

test('the front door, an issue and an article carry their own title and description', async ({ page }) => {
  const front = new IssuePage(page);
  await front.gotoHome();
  await expectHead(front, homeMeta(issues[0]));
  await front.goto(issue.id);
  await expectHead(front, issueMeta(issue));
  const reader = new ArticlePage(page);
  await reader.goto(issue.id, article.id);
  await expectHead(reader, articleMeta(issue, article));
});

test('a person, a place, the lists and the archive too', async ({ page }) => {
  const entityPage = new EntityPage(page);
  await entityPage.goto('person', personRow.id);
  await expectHead(entityPage, entityMeta(readEntity('person', personRow.id)));
  await entityPage.goto('place', placeRow.id);
  await expectHead(entityPage, entityMeta(readEntity('place', placeRow.id)));
  const list = new EntityListPage(page);
  await list.goto('people');
  await expectHead(list, entityListMeta('person', entities.filter((e) => e.type === 'person').length));
  const archive = new ArchivePage(page);
  await archive.goto();
  await expectHead(archive, archiveMeta(manifest));
});

test('moving within the app keeps title and description with the page shown', async ({ page }) => {
  const reader = new ArticlePage(page);
  await reader.goto(issue.id, article.id);
  await expectHead(reader, articleMeta(issue, article));
  await reader.backToIssue.click();
  await expectHead(new IssuePage(page), issueMeta(issue));
});
