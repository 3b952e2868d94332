import { Link } from 'react-router';
import type { Article } from '../../../schema/issue';
import { paths } from '../../../config/paths';
import { creditLabel, excerpt } from '../format';
import { continuationText } from './continuation-note';
import { Opening } from './opening';
import { HeadlineText } from '../../../components/ui/headline-text';

/** The issue's first story, set large across the page: kicker, headline, subtitles and its opening. */
export function LeadStory({ issueId, article }: { issueId: string; article: Article }) {
  const href = paths.article.href(issueId, article.id);
  const [first, second] = article.paragraphs;
  return (
    <article className="border-b-2 border-stone-800 pb-6">
      {article.kicker && <p className="text-center text-lg text-stone-700">{article.kicker}</p>}
      <h2 className="mx-auto mt-1 max-w-4xl text-center text-[1.75rem] leading-snug font-bold text-balance sm:text-[2.6rem] sm:leading-tight">
        <Link to={href} className="hover:text-red-800">
          <HeadlineText text={article.title} />
        </Link>
      </h2>
      {article.subtitles.map((subtitle, i) => (
        <p key={i} className="mt-2 text-center text-lg text-stone-700 sm:text-xl">
          <HeadlineText text={subtitle} />
        </p>
      ))}
      {article.byline.length > 0 && (
        <p className="mt-3 text-center text-sm text-stone-600">
          {article.byline.map((c) => `${creditLabel(c)} ${c.name}`).join('　')}
        </p>
      )}
      <div className="mt-5 gap-8 text-[1.05rem] leading-[1.9] sm:columns-2 [column-rule:1px_solid_var(--color-stone-300)]">
        {first && <Opening paragraph={first} />}
        {second && <p className="mt-2 indent-[2em]">{excerpt(second.text, 160)}</p>}
        <p className="mt-2 text-right">
          {article.continuation && <span className="mr-3 text-stone-600">{continuationText(article.continuation)}</span>}
          <Link to={href} className="text-red-800 underline-offset-4 hover:underline">
            阅读全文<span className="sr-only">：{article.title}</span> →
          </Link>
        </p>
      </div>
    </article>
  );
}
