import type { Article, Issue } from '../../../schema/issue';
import { formatDate } from '../../../lib/dates';
import { pageLabel } from '../format';
import { ArticleLabels } from './article-labels';
import { Byline } from './byline';
import { HeadlineText } from '../../../components/ui/headline-text';
import { FieldText } from './article-text';
import { mentionsIn } from '../segments';

/** Kicker (引题), title, subtitles (副题) and credits, in the printed hierarchy. */
export function ArticleHeader({ article, issue }: { article: Article; issue: Pick<Issue, 'paper' | 'date' | 'edition'> }) {
  return (
    <header className="border-b border-stone-300 pb-5">
      {/* Where it was printed; the way back above says the date too, but is not printed. */}
      <p className="mb-2 text-sm text-stone-600" data-testid="article-page-info">
        {issue.paper} {formatDate(issue.date)} <span className="font-bold text-stone-700">{pageLabel(issue.edition)}</span>
      </p>
      {article.kicker && (
        <p className="text-lg text-stone-700">
          <FieldText text={article.kicker} field="kicker" />
        </p>
      )}
      <h1 className="mt-1 text-[1.75rem] leading-snug font-bold text-balance sm:text-4xl sm:leading-tight">
        <HeadlineText
          text={article.title}
          keep={mentionsIn(article.mentions, 'title').map((m) => [m.start, m.end] as const)}
          renderRange={(from, to) => <FieldText text={article.title} field="title" from={from} to={to} />}
        />
      </h1>
      {article.subtitles.map((subtitle, i) => (
        <p key={i} className="mt-2 text-lg leading-snug text-stone-700 sm:text-xl">
          <span aria-hidden="true">——</span>
          <HeadlineText
            text={subtitle}
            keep={mentionsIn(article.mentions, 'subtitle', i).map((m) => [m.start, m.end] as const)}
            renderRange={(from, to) => <FieldText text={subtitle} field="subtitle" index={i} from={from} to={to} />}
          />
        </p>
      ))}
      <ArticleLabels article={article} />
      <Byline credits={article.byline} />
    </header>
  );
}
