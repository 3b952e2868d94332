import { Link } from 'react-router';
import type { Article, Issue } from '../../../schema/issue';
import type { Neighbours } from '../neighbours';
import { paths } from '../../../app/paths';
import { formatDateWithWeekday } from '../format';
import { ArticleLabels } from './article-labels';
import { ArticleBody } from './article-body';
import { Byline } from './byline';
import { Pager } from './pager';

type ArticleViewProps = { issue: Issue; article: Article; neighbours: Neighbours<Article> };

/** The printed jump note, e.g. "（转B2版）"; the pipeline keeps the note's own wording. */
function continuationNote({ text, page }: NonNullable<Article['continuation']>): string {
  const note = text.trim() || `转${page}版`;
  return /^[（(]/.test(note) ? note : `（${note}）`;
}

const articleLink = (issueId: string, article: Article, caption: string) => ({
  href: paths.article.href(issueId, article.id),
  label: article.title,
  caption,
});

/** One article in full, with its way back to the issue and on to its neighbours. */
export function ArticleView({ issue, article, neighbours }: ArticleViewProps) {
  const { previous, next } = neighbours;
  return (
    <div className="mx-auto max-w-[38em] px-4 py-8">
      <p className="border-b border-stone-300 pb-3 text-sm text-stone-600">
        <Link to={paths.issue.href(issue.id)} className="hover:text-red-800 hover:underline">
          ← {issue.paper} {formatDateWithWeekday(issue.date)}
        </Link>
      </p>
      <article className="mt-6">
        <header>
          {article.kicker && <p className="text-stone-600">{article.kicker}</p>}
          <h1 className="mt-1 text-3xl leading-snug font-bold">{article.title}</h1>
          {article.subtitles.map((subtitle, i) => (
            <p key={i} className="mt-2 text-lg text-stone-700">
              {subtitle}
            </p>
          ))}
          <ArticleLabels article={article} />
          <Byline credits={article.byline} />
        </header>
        <div className="mt-6">
          <ArticleBody paragraphs={article.paragraphs} />
        </div>
        {article.continuation && (
          <p className="mt-4 text-right text-stone-600">{continuationNote(article.continuation)}</p>
        )}
      </article>
      <div className="mt-10">
        <Pager
          label="同期文章"
          previous={previous && articleLink(issue.id, previous, '上一篇')}
          next={next && articleLink(issue.id, next, '下一篇')}
        />
      </div>
    </div>
  );
}
