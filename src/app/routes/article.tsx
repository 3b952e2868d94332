import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { issueQueryOptions } from '../../features/reader/api/get-issue';
import { manifestQueryOptions } from '../../features/reader/api/get-manifest';
import { ArticleView } from '../../features/reader/components/article-view';
import type { RenderMention } from '../../features/reader/components/article-text';
import { articleNeighbours, issueNeighbours } from '../../features/reader/neighbours';
import { EntityLink } from '../../features/entities/components/entity-link';
import { EntitiesPanel } from '../../features/entities/components/entities-panel';
import { PageNotFoundError } from '../../lib/page-not-found';
import { ensureListedIssue } from './issue';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BookmarkToggle } from '../../features/bookmarks/components/bookmark-toggle';
import { CiteButton } from '../../features/cite/components/cite-button';
import { QuoteOnSelect } from '../../features/cite/components/quote-on-select';
import { citationSource } from '../../features/cite/source';
import { useCitationMeta } from '../../features/cite/use-citation-meta';
import { usePageDescription } from '../../lib/use-page-description';
import { paths } from '../../config/paths';
import { absoluteUrl } from '../absolute-url';
import { articleText } from '../seo/page-text';

/** Loads the article's issue (and the manifest, for the [ ] keys); an id the issue lacks is a 404. */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const pathname = new URL(request.url).pathname;
    const issue = await ensureListedIssue(queryClient, params.issueId ?? '', pathname);
    if (!issue.articles.some((article) => article.id === params.articleId)) throw new PageNotFoundError(pathname);
    return null;
  };

// The reader shows text; the entities feature knows what a person or place link looks like.
const renderMention: RenderMention = (mention, children) => (
  <EntityLink type={mention.type} id={mention.entityId} name={mention.entityId || mention.name}>
    {children}
  </EntityLink>
);

function ArticlePage({ issueId, articleId }: { issueId: string; articleId: string }) {
  const { data: issue } = useSuspenseQuery(issueQueryOptions(issueId));
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const article = issue.articles.find((candidate) => candidate.id === articleId);
  // The loader already turned unknown ids into a 404; this only guards against data swapped since.
  if (!article) throw new PageNotFoundError(`${issueId}/${articleId}`);
  const text = articleText(issue, article);
  useDocumentTitle(text.title);
  const source = citationSource(issue, article, absoluteUrl(paths.article.href(issueId, articleId)));
  useCitationMeta(source);
  usePageDescription(text.description);
  const target = { kind: 'article', issueId, articleId, title: article.title, date: issue.date, paper: issue.paper } as const;
  return (
    <>
      <ArticleView
        issue={issue}
        article={article}
        neighbours={articleNeighbours(issue, articleId)}
        issueNeighbours={issueNeighbours(manifest, issueId)}
        actions={
          <div className="flex items-center gap-2">
            <CiteButton key={`cite-${issueId}/${articleId}`} source={source} />
            <BookmarkToggle key={`${issueId}/${articleId}`} target={target} shortcut />
          </div>
        }
        renderMention={renderMention}
        aside={<EntitiesPanel mentions={article.mentions} />}
      />
      <QuoteOnSelect source={source} container="[data-article-text]" />
    </>
  );
}

export default function ArticleRoute() {
  const { issueId = '', articleId = '' } = useParams();
  return <ArticlePage issueId={issueId} articleId={articleId} />;
}
