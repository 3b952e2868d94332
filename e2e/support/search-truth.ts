import type { Article, Issue } from '../../src/schema/issue';
import { readIssue, readManifest } from './archive-data';

export interface BuiltArticle {
  issue: Issue;
  article: Article;
}

/** Every built article, read from dist/ like the app reads it. */
export function builtArticles(): BuiltArticle[] {
  return readManifest().issues.flatMap((entry) => {
    const issue = readIssue(entry.id);
    return issue.articles.map((article) => ({ issue, article }));
  });
}

/** The texts a search looks in: title, kicker, subtitles, byline names, paragraphs. */
export function searchableTexts(article: Article): string[] {
  return [article.title, article.kicker ?? '', ...article.subtitles, ...article.byline.map((c) => c.name), ...article.paragraphs.map((p) => p.text)];
}

/** The ground truth, by a plain `includes` scan: articles containing every needle. */
export function containing(articles: BuiltArticle[], needles: string[]): BuiltArticle[] {
  return articles.filter(({ article }) => needles.every((n) => searchableTexts(article).some((t) => t.includes(n))));
}
