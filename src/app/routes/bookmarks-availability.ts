import { useQueries, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Issue } from '../../schema/issue';
import type { Manifest } from '../../schema/manifest';
import type { Bookmark } from '../../features/bookmarks/schema';
import type { Availability } from '../../features/bookmarks/list';
import { manifestQueryOptions } from '../../features/reader/api/get-manifest';
import { issueQueryOptions } from '../../features/reader/api/get-issue';

type IssueResult = Pick<UseQueryResult<Issue>, 'data' | 'error' | 'isPending'>;

/** Whether a bookmark's issue (and article) is still in the data; a failed check is "unknown", not "missing". */
export function availabilityOf(
  bookmark: Bookmark,
  manifest: Pick<UseQueryResult<Manifest>, 'data' | 'isPending'>,
  issues: ReadonlyMap<string, IssueResult>,
): Availability {
  if (!manifest.data) return manifest.isPending ? 'checking' : 'unknown';
  if (!manifest.data.issues.some((entry) => entry.id === bookmark.issueId)) return 'missing';
  if (bookmark.kind === 'issue') return 'present';
  const issue = issues.get(bookmark.issueId);
  if (!issue || issue.isPending) return 'checking';
  // The manifest lists this issue: its file failing, even with a 404, is data that cannot be read
  // (the app's rule for a damaged archive), not an issue that was removed. Only the manifest says "missing".
  if (issue.error) return 'unknown';
  return issue.data?.articles.some((article) => article.id === bookmark.articleId) ? 'present' : 'missing';
}

/**
 * Checks bookmarks against the archive through the reader's own queries (cached, so a page already read
 * costs nothing). Only issues with bookmarked articles are fetched, and only if the manifest lists them.
 */
export function useBookmarkAvailability(bookmarks: readonly Bookmark[]): (bookmark: Bookmark) => Availability {
  const manifest = useQuery(manifestQueryOptions());
  const listed = new Set(manifest.data?.issues.map((entry) => entry.id));
  const issueIds = [...new Set(bookmarks.filter((b) => b.kind === 'article').map((b) => b.issueId))].filter((id) => listed.has(id));
  const results = useQueries({ queries: issueIds.map((id) => issueQueryOptions(id)) });
  const issues = new Map(issueIds.map((id, i) => [id, results[i]!]));
  return (bookmark) => availabilityOf(bookmark, manifest, issues);
}
