import type { Article, Issue } from '../../src/schema/issue';
import { readIssue, readIssueSummaries } from './archive-data';

const issues = readIssueSummaries().map((summary) => readIssue(summary.id));

function find(predicate: (article: Article) => boolean): { issue: Issue; article: Article } {
  for (const issue of issues) {
    const article = issue.articles.find(predicate);
    if (article) return { issue, article };
  }
  throw new Error('the built archive has no article of the kind this test needs');
}

/** Authors as a reader would list them from the byline: every credited name but editors, once each. */
export const authorsOf = (article: Article) => [...new Set(article.byline.filter((c) => c.role !== 'editor').map((c) => c.name))];

/** An article with two or three authors, and one printed without any byline. */
export const signed = find((a) => authorsOf(a).length >= 2 && authorsOf(a).length <= 3);
export const unsigned = find((a) => a.byline.length === 0);
