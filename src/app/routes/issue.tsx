import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { manifestQueryOptions } from '../../features/reader/api/get-manifest';
import { issueQueryOptions } from '../../features/reader/api/get-issue';
import { IssueView } from '../../features/reader/components/issue-view';
import { formatDate } from '../../lib/dates';
import { issueNeighbours, nearestIssues } from '../../features/reader/neighbours';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePageDescription } from '../../lib/use-page-description';
import { BookmarkToggle } from '../../features/bookmarks/components/bookmark-toggle';
import { leadArticle } from '../../schema/manifest';
import type { Issue } from '../../schema/issue';
import { PageNotFoundError } from '../../lib/page-not-found';
import { SaveIssueButton } from '../../features/offline/components/save-issue-button';
import { issueFileUrl } from '../pwa/issue-file-url';
import { homeText, issueText } from '../seo/page-text';

/**
 * The issue (fetched beside the manifest, not after it), once the manifest says it exists: an id the
 * manifest does not list is the 404 page; a listed issue whose file fails is a data error (retry).
 */
export async function ensureListedIssue(queryClient: QueryClient, issueId: string, pathname: string): Promise<Issue> {
  const issue = queryClient.ensureQueryData(issueQueryOptions(issueId));
  // Awaited below, once the manifest has said whether its failure is a bad link or bad data.
  issue.catch(() => {});
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  if (!manifest.issues.some((entry) => entry.id === issueId)) {
    const { previous, next } = nearestIssues(manifest, issueId);
    const offer = (caption: string, entry?: { id: string; date: string }) =>
      entry ? [{ href: paths.issue.href(entry.id), caption, label: formatDate(entry.date) }] : [];
    throw new PageNotFoundError(pathname, [...offer('之前最近的一期', previous), ...offer('之后最近的一期', next)]);
  }
  return issue;
}

/** Fills the cache with the issue and the manifest (for its neighbours) before the page renders. */
export const issueLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await ensureListedIssue(queryClient, params.issueId ?? '', new URL(request.url).pathname);
    return null;
  };

/** An issue's front page; also what `/` shows for the latest issue. */
export function IssuePage({ issueId, home = false }: { issueId: string; home?: boolean }) {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const { data: issue } = useSuspenseQuery(issueQueryOptions(issueId));
  // `/` is titled like the issue's own page but described as the site's front door (seo/page-text.ts).
  const text = home ? homeText(issue) : issueText(issue);
  useDocumentTitle(text.title);
  usePageDescription(text.description);
  // The lead story's headline (the one the archive lists) is saved with the bookmark, so it can still
  // be named if the issue goes.
  const headline = leadArticle(issue.articles)?.title ?? '';
  const target = { kind: 'issue', issueId: issue.id, title: headline, date: issue.date, paper: issue.paper } as const;
  return (
    <IssueView
      issue={issue}
      neighbours={issueNeighbours(manifest, issue.id)}
      headline={headline}
      actions={
        <div className="flex flex-wrap items-center justify-end gap-2">
          <SaveIssueButton key={`offline-${issue.id}`} fileUrl={issueFileUrl(manifest, issue.id)} />
          <BookmarkToggle key={issue.id} target={target} shortcut />
        </div>
      }
    />
  );
}

export default function IssueRoute() {
  const { issueId = '' } = useParams();
  return <IssuePage issueId={issueId} />;
}
