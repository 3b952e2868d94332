import type { Article } from '../../../schema/issue';
import { ArticleLabels } from './article-labels';
import { Byline } from './byline';
import { FieldText } from './article-text';

/** Kicker (引题), title, subtitles (副题) and credits, in the printed hierarchy. */
export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="border-b border-stone-300 pb-5">
      {article.kicker && (
        <p className="text-lg text-stone-700">
          <FieldText text={article.kicker} field="kicker" />
        </p>
      )}
      <h1 className="mt-1 text-[1.75rem] leading-snug font-bold text-balance sm:text-4xl sm:leading-tight">
        <FieldText text={article.title} field="title" />
      </h1>
      {article.subtitles.map((subtitle, i) => (
        <p key={i} className="mt-2 text-lg leading-snug text-stone-700 sm:text-xl">
          <span aria-hidden="true">——</span>
          <FieldText text={subtitle} field="subtitle" index={i} />
        </p>
      ))}
      <ArticleLabels article={article} />
      <Byline credits={article.byline} />
    </header>
  );
}
