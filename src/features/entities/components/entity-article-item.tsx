import { Link } from 'react-router';
import type { EntityDetail } from '../../../schema/entities';
import { paths } from '../../../config/paths';
import { Highlight } from '../../../components/ui/highlight';
import { formatDate } from '../../../lib/dates';


/** One article in an entity's list: date, how often it names the entity, title, the sentences. */
export function EntityArticleItem({ article }: { article: EntityDetail['articles'][number] }) {
  return (
    <li className="py-4">
      <p className="text-sm text-stone-600">
        <time dateTime={article.date}>{formatDate(article.date)}</time>
        <span className="ml-2">提及 {article.count} 次</span>
      </p>
      <h3 className="mt-1 text-lg leading-snug font-bold">
        <Link to={paths.article.href(article.issueId, article.articleId)} className="hover:text-red-800 hover:underline">
          {article.title}
        </Link>
      </h3>
      <ul className="mt-2 space-y-1.5 text-stone-700">
        {article.snippets.map((snippet, i) => (
          <li key={i} className="border-l-2 border-stone-300 pl-3 leading-relaxed">
            <Highlight text={snippet.text} ranges={[[snippet.start, snippet.end]]} />
          </li>
        ))}
      </ul>
    </li>
  );
}
