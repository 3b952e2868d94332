import { Link } from 'react-router';
import type { Article } from '../../../schema/issue';
import { paths } from '../../../app/paths';
import { excerpt } from '../format';
import { ArticleLabels } from './article-labels';

/** One entry in an issue's table of contents. */
export function ArticleSummary({ issueId, article }: { issueId: string; article: Article }) {
  const first = article.paragraphs[0];
  return (
    <article className="border-b border-stone-300 py-5">
      {article.kicker && <p className="text-sm text-stone-600">{article.kicker}</p>}
      <h2 className="text-xl leading-snug font-bold">
        <Link
          to={paths.article.href(issueId, article.id)}
          className="hover:text-red-800 hover:underline"
        >
          {article.title}
        </Link>
      </h2>
      {article.subtitles.map((subtitle, i) => (
        <p key={i} className="mt-1 text-stone-700">
          {subtitle}
        </p>
      ))}
      <ArticleLabels article={article} />
      {first && <p className="mt-2 leading-relaxed text-stone-600">{excerpt(first.text)}</p>}
    </article>
  );
}
