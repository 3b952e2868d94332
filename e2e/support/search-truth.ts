import type { Article, Issue } from '../../src/schema/issue';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { termKeys } from '../../src/schema/search';
import { searchManifestSchema, searchPaths } from '../../src/schema/search-data';
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

/** Which index chunk holds a term's first key (by the built search manifest's chunk directory). */
export function chunkFinder(): (term: string) => number {
  const dist = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));
  const manifest = searchManifestSchema.parse(JSON.parse(readFileSync(dist + searchPaths.named(readManifest().search), 'utf8')));
  return (term) => {
    const key = termKeys(term)[0] ?? -1;
    return manifest.chunks.findLastIndex(([first]) => first <= key);
  };
}
