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

const DATE_ID = /^(\d{4}-\d{2}-\d{2})(?:-\d+)?$/;
const isCalendarDay = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).toISOString().slice(0, 10) === iso;

/**
 * For an issue address the archive lacks (/issues/1999-01-01): the issues on the nearest dates
 * before and after it, so the reader is offered a way on instead of a dead end. Nothing for an
 * address that is not a date.
 */
export function nearestIssues(manifest: Pick<Manifest, 'issues'>, issueId: string): Neighbours<ManifestEntry> {
  const date = DATE_ID.exec(issueId)?.[1];
  if (!date || !isCalendarDay(date)) return {};
  // Newest first: the first entry on or before the date is the nearest older one.
  const older = manifest.issues.findIndex((entry) => entry.date <= date);
  if (older < 0) return { next: manifest.issues.at(-1) };
  return { previous: manifest.issues[older], next: older > 0 ? manifest.issues[older - 1] : undefined };
}
