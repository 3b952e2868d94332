import type { Issue } from '../../schema/issue';
import type { Manifest, ManifestEntry } from '../../schema/manifest';

export type Neighbours<T> = { previous?: T; next?: T };

/** Older (previous) and newer (next) issues around `issueId`; the manifest is newest first. */
export function issueNeighbours(manifest: Manifest, issueId: string): Neighbours<ManifestEntry> {
  const index = manifest.issues.findIndex((entry) => entry.id === issueId);
  if (index < 0) return {};
  return { previous: manifest.issues[index + 1], next: manifest.issues[index - 1] };
}

/** The articles before and after `articleId` in the issue's printed order. */
export function articleNeighbours(issue: Issue, articleId: string): Neighbours<Issue['articles'][number]> {
  const index = issue.articles.findIndex((article) => article.id === articleId);
  if (index < 0) return {};
  return { previous: issue.articles[index - 1], next: issue.articles[index + 1] };
}
