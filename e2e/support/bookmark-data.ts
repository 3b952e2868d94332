import type { Page } from '@playwright/test';
import type { Bookmark, BookmarkDoc } from '../../src/features/bookmarks/schema';
import type { Article, Issue } from '../../src/schema/issue';
import { bookmarkDocSchema, CURRENT_VERSION } from '../../src/features/bookmarks/schema';
import { chineseDate, readIssue, readIssueSummaries } from './archive-data';

import { BOOKMARKS_KEY } from '../../src/features/bookmarks/storage-keys';

export { BACKUP_KEY_PREFIX, BOOKMARKS_KEY } from '../../src/features/bookmarks/storage-keys';

const summaries = readIssueSummaries();
const [latest, older] = summaries;
if (!latest) throw new Error('the built manifest lists no issues: nothing to bookmark.');

/** The issue to bookmark, and the label the bookmarks page gives it ("株洲日报 2024年3月21日"). */
export const issue = readIssue(latest.id);
export const issueLabel = `${issue.paper} ${chineseDate(issue.date).date}`;
export const issueHeadline = latest.headline;

// An article from another issue when there is one, so the list really spans issues.
const articleIssue = older ? readIssue(older.id) : issue;
const firstArticle = articleIssue.articles[0];
if (!firstArticle) throw new Error(`issue ${articleIssue.id} has no articles to bookmark.`);
export const article = { issue: articleIssue, article: firstArticle, label: firstArticle.title };

/** More bookmarks for the list and screenshots: up to three more articles of the latest issue. */
export const moreArticles = issue.articles.slice(1, 4).map((a) => ({ issue, article: a }));

const stamp = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

export function issueBookmark(minutesAgo: number, note = ''): Bookmark {
  const at = stamp(minutesAgo);
  return { kind: 'issue', issueId: issue.id, title: issueHeadline, date: issue.date, paper: issue.paper, savedAt: at, updatedAt: at, note };
}

export function articleBookmark(target: { issue: Issue; article: Article }, minutesAgo: number, note = ''): Bookmark {
  const at = stamp(minutesAgo);
  return {
    kind: 'article',
    issueId: target.issue.id,
    articleId: target.article.id,
    title: target.article.title,
    date: target.issue.date,
    paper: target.issue.paper,
    savedAt: at,
    updatedAt: at,
    note,
  };
}

/** An issue id the archive does not have, to stand for an issue removed since it was bookmarked. */
export function absentIssueId(): string {
  const ids = new Set(summaries.map((entry) => entry.id));
  let year = 1950;
  while (ids.has(`${year}-01-01`)) year += 1;
  return `${year}-01-01`;
}

/** Stores a valid document the way the app would, then reloads so the app reads it from scratch. */
export async function seedBookmarks(page: Page, bookmarks: Bookmark[]): Promise<void> {
  const doc: BookmarkDoc = bookmarkDocSchema.parse({ version: CURRENT_VERSION, bookmarks, removed: {} });
  if (page.url() === 'about:blank') await page.goto('/bookmarks');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [BOOKMARKS_KEY, JSON.stringify(doc)] as const);
  await page.reload();
}

/** What is stored under a key right now, read in the page. */
export function storedText(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}
