import { Link } from 'react-router';
import type { Article } from '../../../schema/issue';
import { paths } from '../../../config/paths';
import { continuationText } from './continuation-note';
import { ArticleLabels } from './article-labels';
import { Opening } from './opening';
import { HeadlineText } from '../../../components/ui/headline-text';
import { PhotoCredit, PhotoMarker } from './photo-marker';

const FRAMES: Record<Article['kind'], string> = {
  story: 'border-b border-stone-300 pb-5',
  photo: 'border-b border-stone-300 pb-5',
  // Notices and promos are boxed on the page, set apart from the news.
  notice: 'border-2 border-double border-stone-500 p-4',
  promo: 'border border-dashed border-stone-500 bg-stone-100 p-4',
};

/** One story on the front page: head, first lines and jump note; photos and boxes as printed. */
export function ArticleSummary({ issueId, article }: { issueId: string; article: Article }) {
  const first = article.paragraphs[0];
  const compact = article.kind === 'notice' || article.kind === 'promo';
  return (
    <article className={`mb-6 break-inside-avoid ${FRAMES[article.kind]}`}>
      {article.kind === 'photo' && <PhotoMarker />}
      {article.kicker && <p className="text-sm text-stone-700">{article.kicker}</p>}
      <h2 className={`leading-snug font-bold text-balance ${compact ? 'text-base' : 'text-xl'}`}>
        <Link to={paths.article.href(issueId, article.id)} className="hover:text-red-800 hover:underline">
          <HeadlineText text={article.title} />
        </Link>
      </h2>
      {article.subtitles.map((subtitle, i) => (
        <p key={i} className="mt-1 text-stone-700">
          {subtitle}
        </p>
      ))}
      <ArticleLabels article={article} />
      {first &&
        (article.kind === 'photo' ? (
          // Set as a caption: smaller, unindented, under a rule, with its credit.
          <div className="mt-2 border-t border-stone-300 pt-1.5 text-sm leading-relaxed text-stone-700 [&_p]:indent-0">
            <Opening paragraph={first} length={120} />
            <PhotoCredit byline={article.byline} />
          </div>
        ) : (
          <div className={`mt-2 leading-relaxed text-stone-700 ${compact ? 'text-sm' : ''}`}>
            <Opening paragraph={first} length={72} />
          </div>
        ))}
      {article.continuation && (
        <p className="mt-1 text-right text-sm font-bold text-stone-700">{continuationText(article.continuation)}</p>
      )}
    </article>
  );
}
