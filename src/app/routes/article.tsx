import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { issueQueryOptions } from '../../features/reader/api/get-issue';
import { ArticleView } from '../../features/reader/components/article-view';
import { formatDate } from '../../features/reader/format';
import { articleNeighbours } from '../../features/reader/neighbours';
import { NotFoundError } from '../../lib/fetch-json';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Loads the article's issue; an id the issue doesn't contain is a 404, not an empty page. */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const issue = await queryClient.ensureQueryData(issueQueryOptions(params.issueId ?? ''));
    if (!issue.articles.some((article) => article.id === params.articleId)) {
      throw new NotFoundError(new URL(request.url).pathname);
    }
    return null;
  };

function ArticlePage({ issueId, articleId }: { issueId: string; articleId: string }) {
  const { data: issue } = useSuspenseQuery(issueQueryOptions(issueId));
  const article = issue.articles.find((candidate) => candidate.id === articleId);
  // The loader already turned unknown ids into a 404; this only guards against data swapped since.
  if (!article) throw new NotFoundError(`${issueId}/${articleId}`);
  useDocumentTitle(`${article.title} · ${issue.paper} ${formatDate(issue.date)}`);
  return <ArticleView issue={issue} article={article} neighbours={articleNeighbours(issue, articleId)} />;
}

export default function ArticleRoute() {
  const { issueId = '', articleId = '' } = useParams();
  return <ArticlePage issueId={issueId} articleId={articleId} />;
}
